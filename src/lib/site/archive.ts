import { dayParts } from './dates.ts';
import { registrableDomain } from '../sources/sources.ts';

/** One month of the archive: its items, in the order they were given (newest first). */
export interface ArchiveMonth<T> {
  year: string;
  month: string;
  items: T[];
}

/** One year of the archive, newest month first. */
export interface ArchiveYear<T> {
  year: string;
  count: number;
  months: ArchiveMonth<T>[];
}

/**
 * Groups items under every key they have, keeping the items' order within each group.
 * An item listing a key twice appears once in that group.
 */
export function groupByKeys<T>(items: readonly T[], keysOf: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

/** The archive by year and month, newest first; every item falls in exactly one month. */
export function groupByMonth<T>(items: readonly T[], dateOf: (item: T) => Date): ArchiveYear<T>[] {
  const byMonth = groupByKeys(items, (item) => {
    const { year, month } = dayParts(dateOf(item));
    return [monthId(year, month)];
  });
  const months = [...byMonth.keys()].sort().reverse();
  const years = groupByKeys(months, (key) => [key.slice(0, 4)]);
  return [...years].map(([year, keys]) => {
    const yearMonths = keys.map((key) => ({ year, month: key.slice(5), items: byMonth.get(key) ?? [] }));
    return { year, count: yearMonths.reduce((sum, { items }) => sum + items.length, 0), months: yearMonths };
  });
}

/** A group of items under one key, as the topic and publisher indexes list them. */
export interface KeyedGroup<T> {
  key: string;
  items: T[];
}

/** Groups with the most items first, ties in key order: the publisher index's ranking. */
export function rankGroups<T>(groups: ReadonlyMap<string, T[]>): KeyedGroup<T>[] {
  return [...groups]
    .map(([key, items]) => ({ key, items }))
    .sort((a, b) => b.items.length - a.items.length || a.key.localeCompare(b.key));
}

/** The id of a month's section on its year page, e.g. `2017-09`. */
export function monthId(year: string, month: string): string {
  return `${year}-${month}`;
}

/** The sources published under a registrable domain, in the briefing's order. */
export function sourcesFromDomain<T extends { url: string }>(sources: readonly T[], domain: string): T[] {
  return sources.filter((source) => registrableDomain(source.url) === domain);
}

/** The registrable domains (`openai.com`) of a briefing's sources, each once, for the publisher pages. */
export function sourceDomains(urls: readonly string[]): string[] {
  return [...new Set(urls.map(registrableDomain))];
}
