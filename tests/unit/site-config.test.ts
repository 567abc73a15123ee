import { describe, expect, test } from 'vitest';
import { buildSettings } from '../../src/site.config.ts';

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
