import topics from '../../content/topics.json';

/** The display name of a topic slug, from content/topics.json. */
export function topicName(slug: string): string {
  return (topics as Record<string, { name: string } | undefined>)[slug]?.name ?? slug;
}
