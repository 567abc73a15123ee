import { feedLinks } from '../lib/site/feeds.ts';
import type { Topic } from '../lib/content/topics.ts';
import { site } from '../site.config.ts';
import { urls } from './urls.ts';

/** The site-wide feeds, announced on every page. */
export const siteFeedLinks = feedLinks(site.name, (format) => urls.feed(format));

/** One topic's feeds, announced and offered on its page. */
export function topicFeedLinks(topic: Topic) {
  return feedLinks(`${site.name}: ${topic.name}`, (format) => urls.topicFeed(topic.slug, format));
}
