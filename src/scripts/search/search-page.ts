import { urls } from '../../data/urls.ts';
import {
  buildFilterGroups,
  describeResults,
  SEARCH_MESSAGES,
  type FilterCounts,
  type SearchHit,
} from '../../lib/search/search-results.ts';
import {
  isEmptySearch,
  parseSearchState,
  serializeSearchState,
  toggleFilter,
  type SearchFilterName,
  type SearchState,
} from '../../lib/search/search-state.ts';
import {
  filterTotals,
  findBriefings,
  SearchUnavailable,
  TYPING_DELAY_MS,
  type SearchOutcome,
} from './search-engine.ts';
import { filterFieldset, resultItem, showFilterCounts } from './search-view.ts';

/** Results shown at once; "Show more" adds as many again. */
const PAGE_SIZE = 10;

/** The search page's parts (SearchPanel.astro) and what it shows. */
interface SearchPage {
  form: HTMLFormElement;
  input: HTMLInputElement;
  status: HTMLElement;
  hint: HTMLElement;
  filters: HTMLElement;
  sort: HTMLFieldSetElement;
  results: HTMLElement;
  more: HTMLButtonElement;
  state: SearchState;
  totals: FilterCounts;
  outcome?: SearchOutcome;
  shown: number;
  searches: number;
}

function findParts(root: Document): SearchPage | undefined {
  const get = <T extends Element>(hook: string) => root.querySelector<T>(`[data-search-page] [${hook}]`);
  const [form, input, status, hint] = [
    get<HTMLFormElement>('data-search-form'),
    get<HTMLInputElement>('data-search-query'),
    get<HTMLElement>('data-search-status'),
    get<HTMLElement>('data-search-hint'),
  ];
  const [filters, sort, results, more] = [
    get<HTMLElement>('data-search-filters'),
    get<HTMLFieldSetElement>('data-search-sort'),
    get<HTMLElement>('data-search-results'),
    get<HTMLButtonElement>('data-search-more'),
  ];
  if (!form || !input || !status || !hint || !filters || !sort || !results || !more) return undefined;
  const state = parseSearchState(root.location.search);
  return { form, input, status, hint, filters, sort, results, more, state, totals: {}, shown: 0, searches: 0 };
}

/** Puts the state into the controls: the field, the order, every filter's ticks. */
function showState(page: SearchPage): void {
  page.input.value = page.state.query;
  page.sort.hidden = !page.state.query.trim();
  for (const radio of page.sort.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
    radio.checked = radio.value === page.state.sort;
  }
  const groups = buildFilterGroups(page.totals, page.totals, page.state);
  page.filters.replaceChildren(...groups.map(filterFieldset));
}

function appendResults(page: SearchPage, hits: SearchHit[]): void {
  page.results.append(...hits.map((hit, index) => resultItem(hit, `result-${page.shown + index}`)));
  page.shown += hits.length;
  page.more.hidden = page.shown >= (page.outcome?.total ?? 0);
}

function showOutcome(page: SearchPage, outcome: SearchOutcome, hits: SearchHit[]) {
  const empty = isEmptySearch(page.state);
  page.outcome = outcome;
  page.shown = 0;
  page.results.replaceChildren();
  appendResults(page, hits);
  for (const group of buildFilterGroups(page.totals, empty ? page.totals : outcome.counts, page.state)) {
    showFilterCounts(page.filters, group);
  }
  page.status.textContent = empty ? SEARCH_MESSAGES.prompt : describeResults(outcome.total, page.state);
  page.hint.hidden = empty || outcome.total > 0;
}

function showUnavailable(page: SearchPage, error: unknown): void {
  page.status.textContent = SEARCH_MESSAGES[error instanceof SearchUnavailable ? error.reason : 'failed'];
  page.results.replaceChildren();
  page.more.hidden = true;
}

async function run(page: SearchPage, delayMs: number): Promise<void> {
  const ticket = ++page.searches;
  try {
    const outcome = await findBriefings(page.state, delayMs);
    const hits = await outcome?.page(0, PAGE_SIZE);
    if (outcome && hits && ticket === page.searches) showOutcome(page, outcome, hits);
  } catch (error) {
    if (ticket === page.searches) showUnavailable(page, error);
  }
}

/** Applies a change: the URL records it (a new history entry, or in place while typing), then it runs. */
function update(page: SearchPage, state: SearchState, history: 'push' | 'replace', delayMs = 0): void {
  page.state = state;
  page.sort.hidden = !state.query.trim();
  const url = urls.search(serializeSearchState(state));
  if (history === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
  void run(page, delayMs);
}

async function showMore(page: SearchPage): Promise<void> {
  const first = page.shown;
  appendResults(page, (await page.outcome?.page(first, PAGE_SIZE)) ?? []);
  page.results.querySelector<HTMLAnchorElement>(`#result-${first} a`)?.focus();
}

function listen(page: SearchPage): void {
  page.input.addEventListener('input', () =>
    update(page, { ...page.state, query: page.input.value }, 'replace', TYPING_DELAY_MS),
  );
  page.form.addEventListener('submit', (event) => {
    event.preventDefault();
    update(page, { ...page.state, query: page.input.value }, 'replace');
  });
  page.filters.addEventListener('change', ({ target }) => {
    const box = target as HTMLInputElement;
    update(page, toggleFilter(page.state, box.dataset['filter'] as SearchFilterName, box.value), 'push');
  });
  page.sort.addEventListener('change', ({ target }) => {
    update(
      page,
      { ...page.state, sort: (target as HTMLInputElement).value === 'newest' ? 'newest' : 'relevance' },
      'push',
    );
  });
  page.more.addEventListener('click', () => void showMore(page));
  window.addEventListener('popstate', () => {
    page.state = parseSearchState(window.location.search);
    showState(page);
    void run(page, 0);
  });
}

/** On a narrow screen the filters start folded, so that results come first, unless some are on. */
function foldFilters(page: SearchPage): void {
  const panel = page.filters.closest('details');
  const filtered = !isEmptySearch({ ...page.state, query: '' });
  if (panel && !filtered && !window.matchMedia('(min-width: 48rem)').matches) panel.open = false;
}

/** Runs the search page: the URL's search first (`?q=…`), then every change as the reader makes it. */
export async function startSearchPage(root: Document): Promise<void> {
  const page = findParts(root);
  if (!page) return;
  page.input.value = page.state.query;
  try {
    page.totals = await filterTotals();
  } catch (error) {
    return showUnavailable(page, error);
  }
  // Keep, and record in the URL, whatever the reader typed while the index was loading.
  page.state = { ...page.state, query: page.input.value };
  showState(page);
  foldFilters(page);
  listen(page);
  update(page, page.state, 'replace');
}
