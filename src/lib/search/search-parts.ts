/**
 * How the search index is split. Pagefind's cost of a word grows with the square of the number
 * of pages that hold it (it scans every match for every result, and so again for every filter
 * count), so a large archive is indexed as several parts of at most PAGES_PER_PART briefings,
 * which the search page merges (Pagefind's mergeIndex) and searches one after another.
 *
 * The parts are dealt round-robin in date order: part j holds the briefings whose rank by date
 * is j modulo the number of parts. Each part is then a sample of the whole archive, so its word
 * statistics, and so its relevance scores, match the others'. And newest-first order stays
 * exact: Pagefind scores a sorted result by its position in its own part's date order, which is
 * its global rank divided by the number of parts; merged results keep their part's order on
 * equal scores, so the parts are merged from the one holding the newest ranks down.
 */

/** The most briefings in one part of the index (see bench/README.md, Search, for the measurements). */
export const PAGES_PER_PART = 2000;

/** The file under `pagefind/` listing the folders of the parts to merge, in merge order. */
export const SEARCH_PARTS_FILE = 'parts.json';

/** One part of the index: the folder under `pagefind/` it is written to ('' for the first) and its pages. */
export interface SearchPart<T> {
  folder: string;
  pages: T[];
}

/**
 * Deals pages, sorted oldest first by `dateKey` (a briefing's path starts with its day), into
 * parts of at most `perPart`, in merge order: the first is the index pagefind.js loads itself.
 */
export function searchParts<T>(pages: readonly T[], dateKey: (page: T) => string, perPart = PAGES_PER_PART) {
  const sorted = [...pages].sort((a, b) => (dateKey(a) < dateKey(b) ? -1 : dateKey(a) > dateKey(b) ? 1 : 0));
  const count = Math.max(1, Math.ceil(sorted.length / perPart));
  const parts: SearchPart<T>[] = [];
  for (let residue = count - 1; residue >= 0; residue--) {
    parts.push({
      folder: residue === count - 1 ? '' : `part-${count - 1 - residue}/`,
      pages: sorted.filter((_, rank) => rank % count === residue),
    });
  }
  return parts;
}
