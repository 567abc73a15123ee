import { createHash } from 'node:crypto';

/**
 * Astro's incremental build (`experimental.incrementalBuild`) skips a page whose `cacheKey`
 * and module graph are those of the previous build, and serves the page it stored then. The
 * module graph covers the bundled code; the key must cover every piece of data the page shows,
 * and any code that runs outside the bundle, or a reader gets a stale page. These keys hash them.
 */

/** A briefing as the keys see it: its address, its fields and its text. */
export interface KeyedBriefing {
  permalink: string;
  entry: { body?: string | undefined; data: { title: string; date: Date } };
}

/** What pages depend on that the module graph cannot see: settings read at run time, code loaded outside the bundle. */
export interface KeySettings {
  /** The share images' version (fonts, drawing code run in workers, tools) and which pages have one, or false when a build skips them. */
  shareImages: string | false;
}

/** The key of any set of inputs: a hash of their JSON (dates as ISO strings), the same on every machine. */
export function hashInputs(inputs: unknown): string {
  return createHash('sha256').update(JSON.stringify(inputs)).digest('base64url');
}

/** What a page shows of a briefing it links to: its address, headline and day. */
function linkTo({ permalink, entry }: KeyedBriefing) {
  return { permalink, title: entry.data.title, date: entry.data.date };
}

/** Everything of a briefing's own: address, every field, the text. */
function ownInputs({ permalink, entry }: KeyedBriefing) {
  return { permalink, data: entry.data, body: entry.body };
}

/** The key of what shows one briefing alone (its share image, its questions' pages and images). */
export function briefingKey(briefing: KeyedBriefing, settings: KeySettings, extra?: unknown): string {
  return hashInputs({ own: ownInputs(briefing), extra, settings });
}

/** A briefing page: the briefing, the ones published just before and after it, and those related by topic. */
export interface KeyedBriefingPage<T extends KeyedBriefing> {
  briefing: T;
  previous?: T | undefined;
  next?: T | undefined;
  related: readonly T[];
}

/**
 * The key of a briefing's page: the briefing in full, and the link, headline and day of each
 * briefing it points to, so publishing or retitling a neighbour changes it.
 */
export function briefingPageKey<T extends KeyedBriefing>(page: KeyedBriefingPage<T>, settings: KeySettings): string {
  const { briefing, previous, next, related } = page;
  const links = { previous: previous && linkTo(previous), next: next && linkTo(next), related: related.map(linkTo) };
  return hashInputs({ own: ownInputs(briefing), links, settings });
}
