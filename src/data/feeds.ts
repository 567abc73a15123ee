import FeedContent from '../components/FeedContent.astro';
import { lastModified } from '../lib/site/dates.ts';
import { memoizeBy } from '../lib/site/memoize.ts';
import { sanitizeFeedHtml } from '../lib/site/feed-html.ts';
import { absoluteLinks, feedSummary, type Feed, type FeedFormat, type FeedItem } from '../lib/site/feeds.ts';
import type { Topic } from '../lib/content/topics.ts';
import { site } from '../site.config.ts';
import { renderBriefing, type Briefing } from './briefings.ts';
import { renderToHtml } from './container.ts';
import { briefingLocals } from './sources.ts';
import { topicName } from './topics.ts';
import { urls } from './urls.ts';

/** How many of the newest briefings a feed carries: enough to catch up after weeks away. */
export const FEED_SIZE = 50;

/** The whole site's feed: the newest briefings. */
export function siteFeed(briefings: readonly Briefing[]): Promise<Feed> {
  return buildFeed(site.name, site.tagline, urls.home(), (format) => urls.feed(format), briefings);
}

/** One topic's feed: its newest briefings. */
export function topicFeed(topic: Topic, briefings: readonly Briefing[]): Promise<Feed> {
  const title = `${site.name}: ${topic.name}`;
  return buildFeed(title, topic.description, urls.topic(topic.slug), (f) => urls.topicFeed(topic.slug, f), briefings);
}

async function buildFeed(
  title: string,
  description: string,
  page: string,
  feedPath: (format: FeedFormat) => string,
  briefings: readonly Briefing[],
): Promise<Feed> {
  return {
    title,
    description,
    homePageUrl: urls.absolute(page),
    feedUrls: { rss: urls.absolute(feedPath('rss')), json: urls.absolute(feedPath('json')) },
    language: site.lang,
    author: site.publisher,
    items: await Promise.all(briefings.slice(0, FEED_SIZE).map(feedItem)),
  };
}

async function feedItem(briefing: Briefing): Promise<FeedItem> {
  const { data } = briefing.entry;
  return {
    title: data.title,
    url: urls.absolute(urls.briefing(briefing.permalink)),
    published: data.date,
    modified: lastModified(data),
    summary: feedSummary(data.dek, data.keyPoints),
    contentHtml: await feedContent(briefing),
    tags: data.topics.map(topicName),
  };
}

/** The briefing rendered for feed readers, sanitised, every link absolute; rendered once per build, shared by all feeds. */
const feedContent = memoizeBy((briefing: Briefing) => briefing.permalink, renderFeedContent);

async function renderFeedContent(briefing: Briefing): Promise<string> {
  const { Content, outline } = await renderBriefing(briefing.entry);
  const { cited, locals } = briefingLocals(briefing.entry.data.sources, outline);
  const html = await renderToHtml(FeedContent, { props: { outline, sources: cited, Content }, locals });
  return sanitizeFeedHtml(absoluteLinks(html, urls.absolute(urls.briefing(briefing.permalink))));
}
