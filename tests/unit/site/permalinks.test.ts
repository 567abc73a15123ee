import { describe, expect, test } from 'vitest';
import {
  briefingPath,
  briefingSlug,
  isQuestionPath,
  permalinkParam,
  questionPath,
} from '../../../src/lib/site/permalinks.ts';
import { createUrls, withBase } from '../../../src/lib/site/urls.ts';

describe('briefingSlug', () => {
  test('is the file name unless the briefing sets its own', () => {
    expect(briefingSlug('2026/05/soumith-chintala-infrastructure')).toBe('soumith-chintala-infrastructure');
    expect(briefingSlug('2026/05/draft-name', 'chosen-slug')).toBe('chosen-slug');
  });
});

describe('briefingPath', () => {
  test('is built from the UTC day and the slug', () => {
    expect(briefingPath(new Date('2026-05-23'), 'my-story')).toBe('briefings/2026/05/23/my-story/');
  });

  test('zero-pads months and days', () => {
    expect(briefingPath(new Date('2017-01-09'), 'x')).toBe('briefings/2017/01/09/x/');
  });
});

describe('questionPath', () => {
  test('puts a question’s share page under its briefing', () => {
    expect(questionPath('briefings/2026/05/23/my-story/', 'why')).toBe('briefings/2026/05/23/my-story/q/why/');
  });
});

describe('isQuestionPath', () => {
  test('is true for a question’s share page only', () => {
    expect(isQuestionPath('briefings/2026/05/23/my-story/q/why/')).toBe(true);
    expect(isQuestionPath('briefings/2026/05/23/my-story/')).toBe(false);
    expect(isQuestionPath('topics/q/why/')).toBe(false);
  });
});

describe('permalinkParam', () => {
  test('is the permalink without the briefings/ prefix and the trailing slash', () => {
    expect(permalinkParam('briefings/2026/05/23/my-story/')).toBe('2026/05/23/my-story');
  });
});

describe('urls', () => {
  test('respect a sub-path base', () => {
    const urls = createUrls('/news/', new URL('https://example.org'));
    expect(urls.briefing('briefings/2026/05/23/a/')).toBe('/news/briefings/2026/05/23/a/');
    expect(urls.question('briefings/2026/05/23/a/', 'why')).toBe('/news/briefings/2026/05/23/a/#why');
    expect(urls.absolute(urls.home())).toBe('https://example.org/news/');
  });

  test('give each question a share page and each page a share image beside it, under the base', () => {
    const urls = createUrls('/news/', new URL('https://example.org'));
    expect(urls.questionPage('briefings/2026/05/23/a/', 'why')).toBe('/news/briefings/2026/05/23/a/q/why/');
    expect(urls.shareImage('briefings/2026/05/23/a/')).toBe('/news/briefings/2026/05/23/a/og.png');
    expect(urls.absolute(urls.shareImage(''))).toBe('https://example.org/news/og.png');
  });

  test('build the archive, topic, publisher, feed and search pages under the base', () => {
    const urls = createUrls('/news/', new URL('https://example.org'));
    expect(urls.archive()).toBe('/news/archive/');
    expect(urls.archiveYear('2017')).toBe('/news/archive/2017/');
    expect(urls.archiveMonth('2017', '09')).toBe('/news/archive/2017/#2017-09');
    expect(urls.topic('pytorch')).toBe('/news/topics/pytorch/');
    expect(urls.topicFeed('pytorch', 'json')).toBe('/news/topics/pytorch/feed.json');
    expect(urls.publisher('openai.com')).toBe('/news/sources/openai.com/');
    expect(urls.feed('rss')).toBe('/news/rss.xml');
    expect(urls.search()).toBe('/news/search/');
    expect(urls.absolute(urls.sitemap())).toBe('https://example.org/news/sitemap-index.xml');
  });

  test('join base and path with exactly one slash', () => {
    expect(withBase('/news', '/rss.xml')).toBe('/news/rss.xml');
    expect(withBase('/', 'rss.xml')).toBe('/rss.xml');
  });
});
