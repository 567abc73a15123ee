import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { BriefingOutline } from '../lib/citations/outline.ts';
import { briefingPath, briefingSlug } from '../lib/site/permalinks.ts';

export type BriefingEntry = CollectionEntry<'briefings'>;

/** A briefing with its permalink, as every page lists and links it. */
export interface Briefing {
  entry: BriefingEntry;
  permalink: string;
}

/** The one draft rule: drafts exist in `astro dev` only, never in a build (see `integrations/dev-server-flag.ts`). */
const isVisible = (entry: BriefingEntry) => import.meta.env.DEV_SERVER || !entry.data.draft;

/** Every visible briefing, newest first. */
export async function getBriefings(): Promise<Briefing[]> {
  const entries = await getCollection('briefings', isVisible);
  return entries
    .map((entry) => ({ entry, permalink: briefingPath(entry.data.date, briefingSlug(entry.id, entry.data.slug)) }))
    .sort(
      (a, b) => b.entry.data.date.getTime() - a.entry.data.date.getTime() || a.permalink.localeCompare(b.permalink),
    );
}

/** Renders a briefing's body and returns what the Markdown pipeline learned about it. */
export async function renderBriefing(entry: BriefingEntry) {
  const { Content, remarkPluginFrontmatter } = await render(entry);
  return { Content, outline: remarkPluginFrontmatter['outline'] as BriefingOutline };
}
