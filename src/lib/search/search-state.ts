/** The filters a reader can narrow a search by, in the order the search page shows them. */
export const SEARCH_FILTERS = ['topic', 'year', 'publisher'] as const;

export type SearchFilterName = (typeof SEARCH_FILTERS)[number];

/** How results are ordered: by Pagefind's relevance, or newest first by publication date. */
export type SearchSort = 'relevance' | 'newest';

/** A search as a reader sets it up, and as its URL records it so that it can be shared. */
export interface SearchState {
  query: string;
  filters: Record<SearchFilterName, string[]>;
  sort: SearchSort;
}

/** What to ask Pagefind: the words (null to list by filters alone), the filters and the order. */
export interface PagefindQuery {
  term: string | null;
  options: { filters: Partial<Record<SearchFilterName, string[]>>; sort?: { date: 'desc' } };
}

/** A search with no words, no filters, in relevance order. */
export function emptySearchState(query = ''): SearchState {
  return { query, filters: { topic: [], year: [], publisher: [] }, sort: 'relevance' };
}

/** Reads a search from a query string (`?q=triton&topic=PyTorch&sort=newest`); unknown parameters are ignored. */
export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const values = (name: SearchFilterName) => [...new Set(params.getAll(name).filter((value) => value.trim()))];
  return {
    query: params.get('q') ?? '',
    filters: { topic: values('topic'), year: values('year'), publisher: values('publisher') },
    sort: params.get('sort') === 'newest' ? 'newest' : 'relevance',
  };
}

/** The query string for a search, `?`-prefixed, or '' when it is empty; defaults are left out. */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  const query = state.query.trim();
  if (query) params.set('q', query);
  for (const name of SEARCH_FILTERS) {
    for (const value of [...state.filters[name]].sort()) params.append(name, value);
  }
  if (state.sort === 'newest') params.set('sort', 'newest');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The search with one filter value switched on, or off if it was on. */
export function toggleFilter(state: SearchState, name: SearchFilterName, value: string): SearchState {
  const current = state.filters[name];
  const next = current.includes(value) ? current.filter((other) => other !== value) : [...current, value];
  return { ...state, filters: { ...state.filters, [name]: next } };
}

/** One filter value that is on, as a chip shows it and its removal names it. */
export interface ActiveFilter {
  name: SearchFilterName;
  value: string;
}

/** The filter values that are on, filter by filter in the page's order, each in the order it was picked. */
export function activeFilters(state: SearchState): ActiveFilter[] {
  return SEARCH_FILTERS.flatMap((name) => state.filters[name].map((value) => ({ name, value })));
}

/** The same search with every filter off. */
export function clearFilters(state: SearchState): SearchState {
  return { ...state, filters: emptySearchState().filters };
}

/** True when there is nothing to look for: no words and no filters. */
export function isEmptySearch(state: SearchState): boolean {
  return !state.query.trim() && SEARCH_FILTERS.every((name) => state.filters[name].length === 0);
}

/**
 * The Pagefind search for a state, or undefined when there is nothing to look for (no words, no
 * filters). Selected values must all match. Without words, results are listed newest first.
 */
export function pagefindQuery(state: SearchState): PagefindQuery | undefined {
  if (isEmptySearch(state)) return undefined;
  const term = state.query.trim();
  const active = SEARCH_FILTERS.filter((name) => state.filters[name].length > 0);
  const filters = Object.fromEntries(active.map((name) => [name, state.filters[name]]));
  const newest = state.sort === 'newest' || !term;
  return { term: term || null, options: { filters, ...(newest ? { sort: { date: 'desc' } } : {}) } };
}
