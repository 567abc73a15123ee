import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';

/** A published briefing as the e2e tests need it, read from its frontmatter. */
export interface PublishedBriefing {
  title: string;
  date: string;
  topicNames: string[];
  file: string;
}

type TopicTable = Record<string, { name: string } | undefined>;

function readBriefing(file: string, topicNames: TopicTable): PublishedBriefing & { draft: boolean } {
  const [, yaml = ''] = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8')) ?? [];
  const data = parse(yaml) as { title: string; date: string | Date; topics?: string[]; draft?: boolean };
  const date = data.date instanceof Date ? data.date.toISOString().slice(0, 10) : String(data.date);
  const names = (data.topics ?? []).map((slug) => topicNames[slug]?.name ?? slug);
  return { title: data.title, date, topicNames: names, file, draft: data.draft ?? false };
}

/** Every briefing the built site publishes (no drafts, no `_` files), so tests compute expectations from content. */
export function publishedBriefings(contentDir = 'content'): PublishedBriefing[] {
  const folder = join(contentDir, 'briefings');
  const topicNames = JSON.parse(readFileSync(join(contentDir, 'topics.json'), 'utf8')) as TopicTable;
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.mdx') && !basename(path).startsWith('_'))
    .map((path) => readBriefing(join(folder, path), topicNames))
    .filter((briefing) => !briefing.draft);
}
