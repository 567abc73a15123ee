import { describe, expect, test } from 'vitest';
import { createUrls } from '../../../src/lib/site/urls.ts';

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
