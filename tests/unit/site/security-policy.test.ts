import { describe, expect, test } from 'vitest';
import { formActionSources, headerPolicy, pageDirectives, pagePolicy } from '../../../src/lib/site/security-policy.ts';

describe('formActionSources', () => {
  test('allows the site, and the sign-up endpoint’s origin when there is one', () => {
    expect(formActionSources(undefined)).toEqual(["'self'"]);
    expect(formActionSources('https://letters.example/subscribe?list=1')).toEqual([
      "'self'",
      'https://letters.example',
    ]);
    expect(formActionSources('javascript:alert(1)')).toEqual(["'self'"]);
  });
});

describe('pageDirectives', () => {
  test('starts from nothing and closes objects, base and forms', () => {
    const directives = pageDirectives(undefined);
    expect(directives[0]).toBe("default-src 'none'");
    expect(directives).toEqual(
      expect.arrayContaining(["object-src 'none'", "base-uri 'none'", "form-action 'self'", "font-src 'self'"]),
    );
  });
});

describe('pageDirectives with a sign-up form', () => {
  test('lets forms post to the sign-up endpoint’s origin', () => {
    expect(pageDirectives('https://list.example/s/123')).toContain("form-action 'self' https://list.example");
  });
});

describe('pagePolicy and headerPolicy', () => {
  test('allow the site’s own scripts and styles and no inline code; the header adds frame-ancestors', () => {
    const page = pagePolicy(undefined);
    expect(page).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(page).toContain("style-src 'self'");
    expect(page).not.toMatch(/unsafe-inline|sha256-/);
    expect(headerPolicy(undefined)).toBe(`${page.replaceAll(';', '; ')}; frame-ancestors 'none'`);
  });
});
