import { describe, expect, test } from 'vitest';
import { buildSettings, signupForm } from '../../src/site.config.ts';

const ROOT = '/work/site';
const incremental = (contentDir?: string) =>
  buildSettings(contentDir === undefined ? {} : { CONTENT_DIR: contentDir }, ROOT).incrementalBuild;

describe('buildSettings', () => {
  test('reuses pages between builds for content inside the project', () => {
    expect(incremental()).toBe(true);
    expect(incremental('tests/fixtures/archive')).toBe(true);
    expect(incremental('/work/site/node_modules/.cache/briefings')).toBe(true);
  });

  test('renders every page for content outside the project, whose Markdown output Astro does not track', () => {
    expect(incremental('/tmp/briefings')).toBe(false);
    expect(incremental('../other-site/content')).toBe(false);
  });

  test('reads the share-image switch and the folders from the environment', () => {
    const settings = buildSettings({ SKIP_SHARE_IMAGES: '1', OUT_DIR: 'out', CACHE_DIR: 'cache' }, ROOT);
    expect(settings).toMatchObject({
      drawShareImages: false,
      outDir: 'out',
      cacheDir: 'cache',
      viteCacheDir: 'cache/vite',
    });
  });

  test('draws share images per question unless told per briefing, and refuses any other choice', () => {
    expect(buildSettings({}, ROOT).shareImages).toBe('question');
    expect(buildSettings({ SHARE_IMAGES: 'briefing' }, ROOT).shareImages).toBe('briefing');
    expect(() => buildSettings({ SHARE_IMAGES: 'page' }, ROOT)).toThrow(/per 'question' or per 'briefing', not "page"/);
  });
});

describe('signupForm', () => {
  test('is absent without a setting, so the subscribe box offers the feeds', () => {
    expect(signupForm({}, undefined)).toBeUndefined();
  });

  test('takes the configured endpoint, or SIGNUP_ENDPOINT over it', () => {
    const configured = { endpoint: 'https://list.example/a', emailField: 'EMAIL' };
    expect(signupForm({}, configured)).toEqual(configured);
    expect(signupForm({ SIGNUP_ENDPOINT: 'https://other.example/b' }, configured)).toEqual({
      endpoint: 'https://other.example/b',
      emailField: 'EMAIL',
    });
    expect(signupForm({ SIGNUP_ENDPOINT: 'https://other.example/b' }, undefined)?.emailField).toBe('email');
  });

  test('refuses an endpoint that is not an http(s) address', () => {
    expect(() => signupForm({ SIGNUP_ENDPOINT: 'javascript:alert(1)' })).toThrowErrorMatchingInlineSnapshot(
      `[Error: The sign-up endpoint must be an http(s) address, not "javascript:alert(1)" (SIGNUP_ENDPOINT or site.signup).]`,
    );
  });
});
