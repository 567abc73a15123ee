import { describe, expect, test } from 'vitest';
import { webManifest } from '../../../src/lib/site/web-manifest.ts';

describe('webManifest', () => {
  test('starts and scopes the app at the site’s home, with each icon’s size', () => {
    const manifest = JSON.parse(
      webManifest({
        name: 'Briefing',
        description: 'Cited answers.',
        lang: 'en',
        start: '/news/',
        icons: [{ src: '/news/icon-192.png', size: 192 }],
        background: '#fbfaf7',
        theme: '#9f1239',
      }),
    );
    expect(manifest).toMatchObject({ start_url: '/news/', scope: '/news/', short_name: 'Briefing' });
    expect(manifest.icons).toEqual([
      { src: '/news/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    ]);
  });
});
