import { describe, expect, test } from 'vitest';
import { PAGES_PER_PART, searchParts, type SearchPart } from '../../../src/lib/search/search-parts.ts';

/** Briefing folders one day apart, oldest first, as `briefings/YYYY/MM/DD/slug/`. */
function briefings(count: number): string[] {
  return Array.from({ length: count }, (_, n) => {
    const day = new Date(Date.UTC(2000, 0, 1) + n * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '/');
    return `briefings/${day}/briefing-${n}/`;
  });
}

/**
 * What pagefind.js does with a newest-first search over merged parts: each part scores a match
 * by its position in that part's date order (oldest 0), the parts' results are concatenated in
 * merge order and sorted by score, highest first, keeping their order on equal scores.
 */
function mergedNewestFirst(parts: SearchPart<string>[], matches: (path: string) => boolean): string[] {
  return parts
    .flatMap(({ pages }) =>
      pages.map((path, position) => ({ path, score: position })).filter(({ path }) => matches(path)),
    )
    .sort((a, b) => b.score - a.score)
    .map(({ path }) => path);
}

describe('searchParts', () => {
  test('keeps a small archive in one part, the one pagefind.js loads itself', () => {
    const pages = briefings(3);
    expect(searchParts([...pages].reverse(), (path) => path)).toEqual([{ folder: '', pages }]);
  });

  test('splits a large archive into parts of at most the given size, each spanning the whole archive', () => {
    const pages = briefings(2500);
    const parts = searchParts(pages, (path) => path, 1000);
    expect(parts.map(({ folder, pages: held }) => [folder, held.length])).toEqual([
      ['', 833],
      ['part-1/', 833],
      ['part-2/', 834],
    ]);
    expect(new Set(parts.flatMap(({ pages: held }) => held)).size).toBe(2500);
    for (const { pages: held } of parts) {
      expect(held[0]?.startsWith('briefings/2000/01/0')).toBe(true);
      expect(held.at(-1)?.startsWith('briefings/2006/11/0')).toBe(true);
    }
  });

  test('merged in their order, the parts list any set of matches exactly newest first', () => {
    const pages = briefings(2 * PAGES_PER_PART + 345);
    const parts = searchParts([...pages].reverse(), (path) => path);
    expect(parts).toHaveLength(3);
    const newestFirst = [...pages].reverse();
    expect(mergedNewestFirst(parts, () => true)).toEqual(newestFirst);
    const some = (path: string) => /briefing-\d*[37]\/$/.test(path);
    expect(mergedNewestFirst(parts, some)).toEqual(newestFirst.filter(some));
  });
});
