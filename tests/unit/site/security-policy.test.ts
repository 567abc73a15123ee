import { describe, expect, test } from 'vitest';
import { formActionSources, headerPolicy, pageDirectives } from '../../../src/lib/site/security-policy.ts';

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

describe('headerPolicy', () => {
  test('joins the pages’ policies, hashes of each, and adds frame-ancestors', () => {
    const policy = headerPolicy([
      "default-src 'none'; script-src 'self' 'sha256-a'; style-src 'self' 'sha256-s'",
      "default-src 'none'; script-src 'self' 'sha256-b'; style-src 'self' 'sha256-s'",
    ]);
    expect(policy).toBe(
      "default-src 'none'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-s'; frame-ancestors 'none'",
    );
  });
});
