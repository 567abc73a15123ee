import { urls } from '../../data/urls.ts';
import {
  shapeHit,
  type FilterCounts,
  type PagefindResultData,
  type SearchHit,
} from '../../lib/search/search-results.ts';
import { SEARCH_PARTS_FILE } from '../../lib/search/search-parts.ts';
import { pagefindQuery, type PagefindQuery, type SearchState } from '../../lib/search/search-state.ts';
import { HIGHLIGHT_PARAM } from '../../lib/site/urls.ts';

/** What this site sets on each part of the index. */
interface PagefindOptions {
  baseUrl: string;
  highlightParam: string;
  excerptEllipsis: string;
}

/** The parts of pagefind.js (written by the build into `pagefind/`) that this site calls. */
interface Pagefind {
  options(options: PagefindOptions): Promise<void>;
  init(): Promise<void>;
  mergeIndex(indexPath: string, options: PagefindOptions): Promise<void>;
  filters(): Promise<FilterCounts>;
  debouncedSearch(
    term: string | null,
    options: PagefindQuery['options'],
    delayMs: number,
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[]; filters: FilterCounts } | null>;
}

/** A search's outcome: how many briefings matched, filter counts among them, and their results page by page. */
export interface SearchOutcome {
  total: number;
  counts: FilterCounts;
  page(offset: number, size: number): Promise<SearchHit[]>;
}

/** Why search cannot run: there is no index at this address (the dev server), or it failed to load. */
export class SearchUnavailable extends Error {
  constructor(readonly reason: 'missing' | 'failed') {
    super(`Search is unavailable (${reason}).`);
  }
}

/** Quiet time after a keystroke before searching, so that fast typing runs one search. */
export const TYPING_DELAY_MS = 120;

let loading: Promise<Pagefind> | undefined;

/** The folders of the index's other parts, in merge order (src/lib/search/search-parts.ts); none for an index in one part. */
async function partFolders(): Promise<string[]> {
  const response = await fetch(urls.pagefind(SEARCH_PARTS_FILE));
  if (!response.ok) throw new Error(`No list of index parts (${response.status}).`);
  return (await response.json()) as string[];
}

async function importPagefind(): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ urls.pagefind('pagefind.js'))) as Pagefind;
  const options = { baseUrl: urls.home(), highlightParam: HIGHLIGHT_PARAM, excerptEllipsis: '…' };
  await pagefind.options(options);
  const [folders] = await Promise.all([partFolders(), pagefind.init()]);
  // Called in order, without waiting in between: merged results keep this order on equal scores.
  await Promise.all(folders.map((folder) => pagefind.mergeIndex(urls.pagefind(folder), options)));
  return pagefind;
}

/** Tells a missing index (404) from a network or script failure. */
async function whyUnavailable(): Promise<SearchUnavailable> {
  const response = await fetch(urls.pagefind('pagefind.js'), { method: 'HEAD' }).catch(() => undefined);
  return new SearchUnavailable(response?.status === 404 ? 'missing' : 'failed');
}

/** Loads Pagefind and its index on first use, once per page; after a failure the next call tries again. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= importPagefind().catch(async () => {
    loading = undefined;
    throw await whyUnavailable();
  });
  return loading;
}

/** How many briefings carry each filter value across the whole index. */
export async function filterTotals(): Promise<FilterCounts> {
  return (await loadPagefind()).filters();
}

/**
 * Runs a search after `delayMs` of quiet, or returns null when a newer search replaced it. An
 * empty search finds nothing, and still replaces any search in flight.
 */
export async function findBriefings(state: SearchState, delayMs: number): Promise<SearchOutcome | null> {
  const pagefind = await loadPagefind();
  const query = pagefindQuery(state) ?? { term: '', options: { filters: {} } };
  const response = await pagefind.debouncedSearch(query.term, query.options, delayMs);
  if (!response) return null;
  const locale = document.documentElement.lang;
  return {
    total: response.results.length,
    counts: response.filters,
    page: async (offset, size) => {
      const data = await Promise.all(response.results.slice(offset, offset + size).map((result) => result.data()));
      return data.map((item) => shapeHit(item, locale, Boolean(query.term)));
    },
  };
}
