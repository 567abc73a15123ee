import { describe, expect, test } from 'vitest';
import { absoluteLinks, feedLinks, feedSummary, jsonFeed, rssOptions, type Feed } from '../../../src/lib/site/feeds.ts';

const PAGE = 'https://news.example/news/briefings/2026/02/01/latest/';

describe('feedSummary', () => {
  test('joins the dek and key points as plain sentences without citation markers', () => {
    expect(feedSummary('The dek.', ['First point [@a].', 'Second [@a; @b] point.'])).toBe(
      'The dek. First point. Second point.',
    );
  });

  test('keeps an escaped literal marker as the writer meant it', () => {
    expect(feedSummary(undefined, ['Write \\[@id] to cite [@a].'])).toBe('Write [@id] to cite.');
  });
});

describe('absoluteLinks', () => {
  test('resolves fragments, root-relative and relative links against the page', () => {
    const html = '<a href="#source-a">a</a><a href="/news/topics/pytorch/">t</a><img src="chart.png">';
    expect(absoluteLinks(html, PAGE)).toBe(
      `<a href="${PAGE}#source-a">a</a><a href="https://news.example/news/topics/pytorch/">t</a><img src="${PAGE}chart.png">`,
    );
  });

  test('leaves absolute links as they are, query strings and entities included', () => {
    const html = '<a href="https://pytorch.org/minutes/?year=2026&amp;month=02">m</a>';
    expect(absoluteLinks(html, PAGE)).toBe(html);
  });

  test('does not touch text that merely looks like an attribute', () => {
    expect(absoluteLinks('<p>write href="x" in HTML</p>', PAGE)).toBe('<p>write href="x" in HTML</p>');
  });
});

const feed: Feed = {
  title: 'Briefing: PyTorch',
  description: 'The PyTorch framework & its releases.',
  homePageUrl: 'https://news.example/news/topics/pytorch/',
  feedUrls: {
    rss: 'https://news.example/news/topics/pytorch/rss.xml',
    json: 'https://news.example/news/topics/pytorch/feed.json',
  },
  language: 'en',
  author: 'Briefing',
  items: [
    {
      title: 'Latest',
      url: PAGE,
      published: new Date('2026-02-01'),
      modified: new Date('2026-02-03'),
      summary: 'The dek.',
      contentHtml: '<p>Body</p>',
      tags: ['PyTorch'],
    },
  ],
};

describe('jsonFeed', () => {
  test('writes a JSON Feed 1.1 document with ids, dates and both summary and content', () => {
    expect(jsonFeed(feed)).toEqual({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Briefing: PyTorch',
      home_page_url: 'https://news.example/news/topics/pytorch/',
      feed_url: 'https://news.example/news/topics/pytorch/feed.json',
      description: 'The PyTorch framework & its releases.',
      language: 'en',
      authors: [{ name: 'Briefing' }],
      items: [
        {
          id: PAGE,
          url: PAGE,
          title: 'Latest',
          summary: 'The dek.',
          content_html: '<p>Body</p>',
          date_published: '2026-02-01T00:00:00.000Z',
          date_modified: '2026-02-03T00:00:00.000Z',
          tags: ['PyTorch'],
        },
      ],
    });
  });
});

describe('rssOptions', () => {
  test('links the channel to its page and announces itself, escaped', () => {
    const options = rssOptions({ ...feed, language: 'en"<' });
    expect(options.site).toBe('https://news.example/news/topics/pytorch/');
    expect(options.customData).toBe(
      '<language>en&quot;&lt;</language><atom:link href="https://news.example/news/topics/pytorch/rss.xml" rel="self" type="application/rss+xml"/>',
    );
    expect(options.items[0]).toMatchObject({ link: PAGE, description: 'The dek.', content: '<p>Body</p>' });
  });
});

describe('feedLinks', () => {
  test('offers each format with its media type', () => {
    expect(feedLinks('Briefing', (format) => `/${format}`)).toEqual([
      { format: 'rss', title: 'Briefing (RSS)', href: '/rss', type: 'application/rss+xml' },
      { format: 'json', title: 'Briefing (JSON Feed)', href: '/json', type: 'application/feed+json' },
    ]);
  });
});
