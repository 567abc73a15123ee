import { describe, expect, test } from 'vitest';
import { createUrls, highlightUrl } from '../../../src/lib/site/urls.ts';

describe('search URLs', () => {
  const urls = createUrls('/news/', new URL('https://example.org'));

  test('the search page carries a serialized search under the base path', () => {
    expect(urls.search()).toBe('/news/search/');
    expect(urls.search('?q=triton')).toBe('/news/search/?q=triton');
  });

  test('Pagefind files live under pagefind/ beside the site', () => {
    expect(urls.pagefind('pagefind.js')).toBe('/news/pagefind/pagefind.js');
  });
});

describe('highlightUrl', () => {
  test('puts the words to highlight in place of those the link had, keeping its question anchor', () => {
    expect(highlightUrl('/news/briefings/a/?pagefind-highlight=freethreaded#q1', ['free-threaded', 'GIL'])).toBe(
      '/news/briefings/a/?pagefind-highlight=free-threaded&pagefind-highlight=GIL#q1',
    );
  });

  test('leaves no highlight parameter when there are no words', () => {
    expect(highlightUrl('/briefings/a/?pagefind-highlight=', [])).toBe('/briefings/a/');
  });
});
