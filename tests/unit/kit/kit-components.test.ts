import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { WRITER_COMPONENTS } from '../../../src/lib/content/body-allowlist.ts';
import { KIT_COMPONENTS, isKitComponent } from '../../../src/lib/kit/kit-components.ts';

describe('KIT_COMPONENTS', () => {
  test('names exactly the components in src/components/kit/', () => {
    const files = readdirSync('src/components/kit').filter((file) => file.endsWith('.astro'));
    expect(files.map((file) => file.replace(/\.astro$/, '')).sort()).toEqual(Object.keys(KIT_COMPONENTS).sort());
  });

  test('is what the body gate admits, with the same props', () => {
    expect(WRITER_COMPONENTS).toEqual({
      Callout: ['kind'],
      PullQuote: ['source'],
      Post: ['source'],
      Timeline: [],
      Event: ['date'],
      Figure: ['src', 'alt', 'credit'],
    });
  });

  test('is looked up by its own keys only', () => {
    expect(isKitComponent('constructor')).toBe(false);
    expect(isKitComponent('Callout')).toBe(true);
    expect(isKitComponent(undefined)).toBe(false);
  });
});
