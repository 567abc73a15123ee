import topicTable from '../../content/topics.json';
import { listTopics, type Topic } from '../lib/content/topics.ts';

/** Every topic in content/topics.json, in its order. */
export const topics: readonly Topic[] = listTopics(topicTable);

/** The display name of a topic slug, from content/topics.json. */
export function topicName(slug: string): string {
  return topics.find((topic) => topic.slug === slug)?.name ?? slug;
}
