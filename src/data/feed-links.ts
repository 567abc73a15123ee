import { feedLinks } from '../lib/feeds';
import type { Topic } from '../lib/topics';
import { site } from '../site.config';
import { urls } from './urls';

/** The site-wide feeds, announced on every page. */
export const siteFeedLinks = feedLinks(site.name, (format) => urls.feed(format));

/** One topic's feeds, announced and offered on its page. */
export function topicFeedLinks(topic: Topic) {
  return feedLinks(`${site.name}: ${topic.name}`, (format) => urls.topicFeed(topic.slug, format));
}
