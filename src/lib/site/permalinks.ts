import { dayParts } from './dates.ts';

/** The slug of a briefing: its own `slug` field, else the file name (`2026/05/my-story` gives `my-story`). */
export function briefingSlug(entryId: string, slugOverride?: string): string {
  return slugOverride ?? entryId.split('/').at(-1) ?? entryId;
}

/**
 * The permalink path of a briefing, without base: `briefings/2026/05/23/my-story/`.
 * Built from date and slug only, so editing the title never breaks a shared link.
 */
export function briefingPath(date: Date, slug: string): string {
  const { year, month, day } = dayParts(date);
  return `briefings/${year}/${month}/${day}/${slug}/`;
}

/**
 * Every built briefing page, as a glob relative to the output folder. Search indexes these
 * alone: no other page has anything to index, and at 1,000 briefings reading the other five
 * thousand (mostly question share pages) took a fifth of the indexing time.
 */
export const BRIEFING_PAGES_GLOB = 'briefings/*/*/*/*/index.html';

/** The page of one question of a briefing, without base: `briefings/2026/05/23/my-story/q/why/`. */
export function questionPath(permalink: string, questionId: string): string {
  return `${permalink}q/${questionId}/`;
}

/** True for the path (without base) of a question's share page, which is not canonical: it points to its briefing. */
export function isQuestionPath(path: string): boolean {
  return /^briefings\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/q\/[^/]+\/$/.test(path);
}

/** The `[...permalink]` route parameter of a briefing: its permalink without `briefings/` and slashes. */
export function permalinkParam(permalink: string): string {
  return permalink.replace(/^briefings\/|\/$/g, '');
}
