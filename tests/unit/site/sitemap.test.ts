import { describe, expect, test } from 'vitest';
import { builtPagePath, declaredModified, robotsTxt } from '../../../src/lib/site/sitemap.ts';

describe('declaredModified', () => {
  test('reads an article’s modified time from its head', () => {
    const html = '<head><meta property="article:modified_time" content="2026-01-05"></head>';
    expect(declaredModified(html)).toBe('2026-01-05');
  });

  test('finds nothing on a page that is not an article', () => {
    expect(declaredModified('<head><title>Archive</title></head>')).toBeUndefined();
  });
});

describe('builtPagePath', () => {
  test('maps a page URL under the base path to its index.html', () => {
    expect(builtPagePath('https://news.example/news/archive/2017/', 'https://news.example/news/')).toBe(
      'archive/2017/index.html',
    );
    expect(builtPagePath('https://news.example/news/', 'https://news.example/news/')).toBe('index.html');
  });

  test('decodes escaped characters back to the file name', () => {
    expect(builtPagePath('https://a.example/caf%C3%A9/', 'https://a.example/')).toBe('café/index.html');
  });
});

describe('robotsTxt', () => {
  test('allows crawling and points to the sitemap', () => {
    expect(robotsTxt('https://news.example/news/sitemap-index.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://news.example/news/sitemap-index.xml\n',
    );
  });
});
