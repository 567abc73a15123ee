import { beforeAll, describe, expect, test } from 'vitest';
import { buildFixture } from '../support/build-site.ts';
import { readPage, type BuiltPage } from '../support/built-site.ts';

let page: BuiltPage;

// One real build of a briefing whose content folder has a lock file.
beforeAll(() => {
  const build = buildFixture('tests/fixtures/checked-sources');
  expect(build.output).not.toMatch(/ warning | error /);
  expect(build.status).toBe(0);
  page = readPage(build.outDir, 'briefings/2026/03/10/checked-sources/');
}, 120_000);

describe('the Sources list reads the lock file', () => {
  test('shows the day each source was last checked, and nothing for a source no check has reached', () => {
    expect(page.attribute('[data-source-checked]', 'data-source-checked')).toEqual(['2026-11-30', '2026-12-01']);
    expect(page.text('[data-source-checked]')).toEqual([
      'Checked on November 30, 2026',
      'Checked on December 1, 2026: the original is no longer available',
    ]);
  });

  test('a gone source opens its archived copy first, with the original marked unavailable', () => {
    expect(page.attribute('[data-source-link]', 'href')).toEqual([
      'https://checked.example/page',
      'https://web.archive.org/web/2026/https://gone.example/page',
      'https://unchecked.example/page',
    ]);
    expect(page.attribute('[data-original-link]', 'href')).toEqual(['https://gone.example/page']);
    expect(page.text('[data-original-link]')).toEqual([
      'original (no longer available) (source 2, opens in a new tab)',
    ]);
    expect(page.attribute('[data-quote-link]', 'href')[1]).toBe(
      'https://web.archive.org/web/2026/https://gone.example/page#:~:text=Words%20that%20were%20there',
    );
    expect(page.all('[data-archived-link]')).toHaveLength(0);
  });
});
