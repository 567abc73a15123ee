import { stripCitations } from '../citations/citations.ts';
import { removeXmlInvalid } from './feed-html.ts';

/** The two feed formats the site publishes: the file each is served as, its media type and its name. */
export const FEED_FORMATS = {
  rss: { file: 'rss.xml', type: 'application/rss+xml', label: 'RSS' },
  json: { file: 'feed.json', type: 'application/feed+json', label: 'JSON Feed' },
} as const;
export type FeedFormat = keyof typeof FEED_FORMATS;

/** A feed as a page announces it in `<link rel="alternate">` and as readers choose it. */
export interface FeedLink {
  format: FeedFormat;
  title: string;
  href: string;
  type: string;
}

/** One link per format to a feed titled `title`, e.g. "Briefing: PyTorch (RSS)". */
export function feedLinks(title: string, hrefOf: (format: FeedFormat) => string): FeedLink[] {
  return (Object.keys(FEED_FORMATS) as FeedFormat[]).map((format) => ({
    format,
    title: `${title} (${FEED_FORMATS[format].label})`,
    href: hrefOf(format),
    type: FEED_FORMATS[format].type,
  }));
}

/** One briefing as a feed item. */
export interface FeedItem {
  title: string;
  /** Absolute permalink, also the item's id. */
  url: string;
  published: Date;
  modified: Date;
  /** Plain text: the dek and the key points, without citation markers. */
  summary: string;
  /** The full briefing as HTML, every link absolute. */
  contentHtml: string;
  tags: string[];
}

/** A whole feed: the site's or one topic's. */
export interface Feed {
  title: string;
  description: string;
  /** Absolute URL of the page the feed follows (home or a topic page). */
  homePageUrl: string;
  /** Absolute URL of this feed in each format. */
  feedUrls: Record<FeedFormat, string>;
  language: string;
  author: string;
  items: FeedItem[];
}

/** A feed reader's summary: the dek, then each key point, as plain sentences with citation markers removed. */
export function feedSummary(dek: string | undefined, keyPoints: readonly string[]): string {
  return [...(dek ? [dek] : []), ...keyPoints].map(stripCitations).join(' ').replace(/\s+/g, ' ');
}

const TAG = /<[a-z][^>]*>/gi;
const LINK_ATTRIBUTE = /(\s(?:href|src))="([^"]*)"/g;

/**
 * Makes every `href` and `src` in `html` absolute against the page it came from, since feed
 * readers show content away from the site. It relies on Astro's output: attributes are
 * double-quoted and `>` inside them is escaped, so a tag ends at the first `>`.
 */
export function absoluteLinks(html: string, pageUrl: string): string {
  return html.replace(TAG, (tag) =>
    tag.replace(LINK_ATTRIBUTE, (_match, name: string, value: string) => {
      const url = new URL(value.replaceAll('&amp;', '&'), pageUrl).href;
      return `${name}="${url.replaceAll('&', '&amp;')}"`;
    }),
  );
}

/** The feed as a JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/). */
export function jsonFeed(feed: Feed) {
  // Readers turn JSON Feeds into XML too: the same characters are left out as from RSS.
  const text = removeXmlInvalid;
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: text(feed.title),
    home_page_url: feed.homePageUrl,
    feed_url: feed.feedUrls.json,
    description: text(feed.description),
    language: feed.language,
    authors: [{ name: text(feed.author) }],
    items: feed.items.map((item) => ({
      id: item.url,
      url: item.url,
      title: text(item.title),
      summary: text(item.summary),
      content_html: text(item.contentHtml),
      date_published: item.published.toISOString(),
      date_modified: item.modified.toISOString(),
      tags: item.tags.map(text),
    })),
  };
}

/** Escapes text for an XML attribute or element, without the characters XML cannot hold. */
function escapeXml(text: string): string {
  return removeXmlInvalid(text).replace(
    /[&<>"]/g,
    (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[char]};`,
  );
}

/**
 * The feed as @astrojs/rss options for RSS 2.0, with its language and a self link. RSS has no
 * modified date, so items give their publication date; the content goes in `content:encoded`.
 */
export function rssOptions(feed: Feed) {
  const text = removeXmlInvalid;
  return {
    title: text(feed.title),
    description: text(feed.description),
    site: feed.homePageUrl,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${escapeXml(feed.language)}</language><atom:link href="${escapeXml(feed.feedUrls.rss)}" rel="self" type="application/rss+xml"/>`,
    items: feed.items.map((item) => ({
      title: text(item.title),
      link: item.url,
      pubDate: item.published,
      description: text(item.summary),
      content: text(item.contentHtml),
      categories: item.tags.map(text),
    })),
  };
}
