import { extractFromJson } from '@extractus/feed-extractor';
import { parseFeed } from '@rowanmanning/feed-parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { parseSitemap, parseSitemapIndex } from 'sitemap';
import { beforeAll, describe, expect, test } from 'vitest';
import { BASE_PATH, DRAFT_TITLE, PUBLISHED, SITE_ROOT, SITE_URL } from '../fixtures/archive/expected.ts';
import { buildFixture } from '../support/build-site.ts';
import { isQuestionPath } from '../../src/lib/site/permalinks.ts';
import { builtPages, readPage } from '../support/built-site.ts';

let outDir = '';
const read = (file: string) => readFileSync(join(outDir, file), 'utf8');
const absolute = (path: string) => `${SITE_ROOT}${path}`;
const tagged = (topic: string) =>
  PUBLISHED.filter((briefing) => (briefing.topics as readonly string[]).includes(topic));
const MARKER = /\[@[a-z0-9]/;

// A real build of the fixture, shared by every test below; it takes seconds, more on a busy machine.
beforeAll(() => {
  const build = buildFixture('tests/fixtures/archive', { BASE_PATH, SITE_URL });
  expect(build.output).not.toMatch(/ warning | error /);
  expect(build.status).toBe(0);
  outDir = build.outDir;
}, 120_000);

/** Every href and src in some HTML. */
const linksIn = (html: string) => [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((match) => match[1] ?? '');

describe('the RSS feed, as a feed reader parses it', () => {
  test('lists the published briefings newest first, with permalinks and dates', () => {
    const feed = parseFeed(read('rss.xml'));
    expect(feed.title).toBe('Briefing');
    expect(feed.url).toBe(SITE_ROOT);
    expect(feed.items.map((item) => [item.title, item.url, item.published?.toISOString().slice(0, 10)])).toEqual(
      PUBLISHED.map((briefing) => [briefing.title, absolute(briefing.path), briefing.date]),
    );
  });

  test('summarises each item without citation markers and carries the full content with absolute links', () => {
    const [latest] = parseFeed(read('rss.xml')).items;
    expect(latest?.description).toBe(
      'Newest first: this one leads the feeds. The foundation met. A literal [@ stays in the text, and a second point is cited.',
    );
    for (const item of parseFeed(read('rss.xml')).items) {
      expect(item.description).not.toMatch(MARKER);
      expect(item.content).toContain('<h2>Sources</h2>');
      expect(item.content).not.toMatch(MARKER);
      for (const link of linksIn(item.content ?? '')) expect(link).toMatch(/^https:\/\//);
    }
    expect(latest?.content).toContain(`href="${absolute(PUBLISHED[0].path)}#source-minutes"`);
    expect(latest?.content).toMatch(/href="https:\/\/pytorch\.org\/minutes\/\?year=2026&(amp;)?month=02"/);
  });
});

describe('the JSON Feed, as a feed reader parses it', () => {
  const parse = () =>
    extractFromJson(read('feed.json'), {
      descriptionMaxLen: 0,
      getExtraEntryFields: (entry) => ({
        summary: entry['summary'],
        contentHtml: entry['content_html'],
        modified: entry['date_modified'],
      }),
    });

  test('lists the published briefings newest first, with permalinks, publication and update dates', () => {
    const entries = parse().entries ?? [];
    expect(entries.map((entry) => [entry.title, entry.link, entry.published?.slice(0, 10)])).toEqual(
      PUBLISHED.map((briefing) => [briefing.title, absolute(briefing.path), briefing.date]),
    );
    expect(entries.map((entry) => String(entry['modified']).slice(0, 10))).toEqual(
      PUBLISHED.map((briefing) => briefing.modified),
    );
  });

  test('summaries have no citation markers and content links are absolute', () => {
    for (const entry of parse().entries ?? []) {
      expect(entry['summary']).not.toMatch(MARKER);
      for (const link of linksIn(String(entry['contentHtml']))) expect(link).toMatch(/^https:\/\//);
    }
  });
});

describe('topic feeds', () => {
  test('carry exactly the briefings tagged with the topic, in both formats', () => {
    const expected = tagged('pytorch').map((briefing) => absolute(briefing.path));
    expect(parseFeed(read('topics/pytorch/rss.xml')).items.map((item) => item.url)).toEqual(expected);
    const json = extractFromJson(read('topics/pytorch/feed.json'));
    expect(json.entries?.map((entry) => entry.link)).toEqual(expected);
  });
});

describe('feed autodiscovery', () => {
  test('every page announces the site feeds, and a topic page its own as well', () => {
    for (const path of builtPages(outDir)) {
      expect(readPage(outDir, path).attribute('link[rel="alternate"]', 'href').slice(0, 2)).toEqual([
        `${BASE_PATH}rss.xml`,
        `${BASE_PATH}feed.json`,
      ]);
    }
    expect(readPage(outDir, 'topics/pytorch/').attribute('link[rel="alternate"]', 'type')).toEqual([
      'application/rss+xml',
      'application/feed+json',
      'application/rss+xml',
      'application/feed+json',
    ]);
  });
});

describe('the sitemap', () => {
  const sitemapUrls = async () => {
    const [index] = await parseSitemapIndex(Readable.from(read('sitemap-index.xml')));
    expect(index?.url).toBe(`${SITE_ROOT}sitemap-0.xml`);
    return parseSitemap(Readable.from(read('sitemap-0.xml')));
  };

  test('lists every built page but the 404 and the questions’ share pages, and exactly the published briefings', async () => {
    const urls = (await sitemapUrls()).map((item) => item.url);
    const pages = builtPages(outDir).filter((path) => path !== '404.html' && !isQuestionPath(path));
    expect(urls.sort()).toEqual(pages.map(absolute).sort());
    expect(urls.filter((url) => url.includes('/briefings/')).sort()).toEqual(
      PUBLISHED.map((briefing) => absolute(briefing.path)).sort(),
    );
  });

  test('gives each briefing its last update as lastmod', async () => {
    const lastmods = Object.fromEntries((await sitemapUrls()).map((item) => [item.url, item.lastmod?.slice(0, 10)]));
    for (const briefing of PUBLISHED) expect(lastmods[absolute(briefing.path)]).toBe(briefing.modified);
  });

  test('is named in robots.txt under the base path', () => {
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE_ROOT}sitemap-index.xml`);
  });
});

describe('the archive', () => {
  test('counts every published briefing once, by year and month', () => {
    const archive = readPage(outDir, 'archive/');
    const yearCounts = archive.attribute('[data-archive-year]', 'data-count').map(Number);
    expect(archive.attribute('[data-archive-year]', 'data-archive-year')).toEqual(['2026', '2025']);
    expect(yearCounts).toEqual([4, 1]);
    expect(yearCounts.reduce((sum, count) => sum + count, 0)).toBe(PUBLISHED.length);
    expect(archive.text('[data-archive-month-label]')).toEqual(['February (1)', 'January (3)', 'December (1)']);
    expect(archive.text('h1 + p')).toEqual(['All 5 briefings, by year and month.']);
  });

  test('a year page lists its briefings under their months, newest first', () => {
    const year = readPage(outDir, 'archive/2026/');
    expect(year.attribute('section[data-archive-month]', 'id')).toEqual(['2026-02', '2026-01']);
    expect(year.attribute('[data-briefing-summary]', 'data-briefing-summary')).toEqual(
      PUBLISHED.slice(0, 4).map((briefing) => briefing.path),
    );
  });

  test('the draft appears on no page and in no feed', () => {
    for (const path of [...builtPages(outDir), 'rss.xml', 'feed.json', 'sitemap-0.xml']) {
      expect(read(path.endsWith('/') || path === '' ? `${path}index.html` : path)).not.toContain(DRAFT_TITLE);
    }
  });
});

describe('topic and publisher pages', () => {
  test('a topic page lists exactly the briefings tagged with it', () => {
    for (const topic of ['pytorch', 'governance', 'tensorflow', 'compilers']) {
      expect(
        readPage(outDir, `topics/${topic}/`).attribute('[data-briefing-summary]', 'data-briefing-summary'),
      ).toEqual(tagged(topic).map((briefing) => briefing.path));
    }
  });

  test('the topics index counts each topic’s briefings', () => {
    const topics = readPage(outDir, 'topics/');
    expect(topics.attribute('[data-topic]', 'data-topic')).toEqual([
      'pytorch',
      'tensorflow',
      'governance',
      'compilers',
    ]);
    expect(topics.attribute('[data-topic]', 'data-count').map(Number)).toEqual([3, 1, 2, 1]);
  });

  test('a publisher page lists every briefing citing its domain, and what was cited', () => {
    const sdtimes = readPage(outDir, 'sources/sdtimes.com/');
    expect(sdtimes.attribute('[data-briefing-summary]', 'data-briefing-summary')).toEqual([
      PUBLISHED[0].path,
      PUBLISHED[1].path,
    ]);
    expect(sdtimes.text('[data-cited-source]')).toEqual([
      'Coverage of the meeting (opens in a new tab)',
      'Alpha source (opens in a new tab)',
    ]);
    const publishers = readPage(outDir, 'sources/');
    expect(publishers.attribute('[data-publisher]', 'data-publisher')).toEqual([
      'github.com',
      'pytorch.org',
      'sdtimes.com',
      'openai.com',
    ]);
  });
});

describe('the home page and briefing pages', () => {
  test('the home page leads with the newest briefing and points to the archive', () => {
    const home = readPage(outDir, '');
    expect(home.text('#lead-title')).toEqual([PUBLISHED[0].title]);
    expect(home.attribute('[data-river-day] a', 'href')).toEqual(
      PUBLISHED.slice(1).map((briefing) => `${BASE_PATH}${briefing.path}`),
    );
    // Two briefings of one day share its heading; the first leads it, the other follows as a headline.
    expect(home.attribute('[data-river-day]', 'data-river-day')).toEqual(['2026-01-20', '2026-01-02', '2025-12-30']);
    expect(home.text('[data-river-day] h3')).toEqual([
      'Tuesday, January 20, 2026',
      'Friday, January 2, 2026',
      'Tuesday, December 30, 2025',
    ]);
    expect(home.attribute('[data-river-item]', 'data-river-item')).toEqual(['lead', 'more', 'lead', 'lead']);
    expect(home.text('[data-archive-link]')).toEqual(['Browse all 5 briefings in the archive']);
  });

  test('previous and next links chain every briefing in date order, both ways', () => {
    const steps = PUBLISHED.map((briefing) => {
      const page = readPage(outDir, briefing.path);
      return { prev: page.attribute('a[rel="prev"]', 'href'), next: page.attribute('a[rel="next"]', 'href') };
    });
    const url = (index: number) => `${BASE_PATH}${PUBLISHED[index]?.path}`;
    expect(steps.map((step) => step.prev)).toEqual(
      PUBLISHED.map((_, i) => (i + 1 < PUBLISHED.length ? [url(i + 1)] : [])),
    );
    expect(steps.map((step) => step.next)).toEqual(PUBLISHED.map((_, i) => (i > 0 ? [url(i - 1)] : [])));
  });

  test('related briefings share a topic and never include the briefing itself', () => {
    const winter = readPage(outDir, PUBLISHED[4].path);
    expect(winter.attribute('[data-related-briefing]', 'data-related-briefing')).toEqual([
      PUBLISHED[1].path,
      PUBLISHED[0].path,
    ]);
  });
});
