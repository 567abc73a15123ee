import { urls } from '../../data/urls.ts';
import {
  buildFilterGroups,
  describeResults,
  emptyAdvice,
  SEARCH_MESSAGES,
  type FilterCounts,
  type SearchHit,
} from '../../lib/search/search-results.ts';
import {
  activeFilters,
  clearFilters,
  isEmptySearch,
  parseSearchState,
  serializeSearchState,
  toggleFilter,
  type SearchFilterName,
  type SearchState,
} from '../../lib/search/search-state.ts';
import { placeFilters, type FilterDrawer } from './search-drawer.ts';
import {
  filterTotals,
  findBriefings,
  SearchUnavailable,
  TYPING_DELAY_MS,
  type SearchOutcome,
} from './search-engine.ts';
import { element, filterChip, filterFieldset, resultItem, showFilterCounts } from './search-view.ts';

/** Results shown at once; "Show more" adds as many again. */
const PAGE_SIZE = 10;

/** The search page's parts (SearchPanel.astro) and what it shows. */
interface SearchPage {
  root: HTMLElement;
  form: HTMLFormElement;
  input: HTMLInputElement;
  status: HTMLElement;
  hint: HTMLElement;
  chips: HTMLElement;
  filterCount: HTMLElement;
  filters: HTMLElement;
  sort: HTMLFieldSetElement;
  results: HTMLElement;
  more: HTMLButtonElement;
  state: SearchState;
  /** Every filter value in the index, fetched only once the filters are in view (it costs every filter file). */
  totals?: FilterCounts;
  loadingTotals?: Promise<void>;
  drawer?: FilterDrawer | undefined;
  outcome?: SearchOutcome;
  /** The search whose results are on the page (serialized), so that a rerun for counts leaves them alone. */
  shownSearch?: string | undefined;
  shown: number;
  searches: number;
}

function findParts(root: Document): SearchPage | undefined {
  const page = root.querySelector<HTMLElement>('[data-search-page]');
  const get = <T extends Element>(hook: string) => page?.querySelector<T>(`[${hook}]`);
  const [form, input, status, hint, chips, filterCount] = [
    get<HTMLFormElement>('data-search-form'),
    get<HTMLInputElement>('data-search-query'),
    get<HTMLElement>('data-search-status'),
    get<HTMLElement>('data-search-hint'),
    get<HTMLElement>('data-search-chips'),
    get<HTMLElement>('data-search-filter-count'),
  ];
  const [filters, sort, results, more] = [
    get<HTMLElement>('data-search-filters'),
    get<HTMLFieldSetElement>('data-search-sort'),
    get<HTMLElement>('data-search-results'),
    get<HTMLButtonElement>('data-search-more'),
  ];
  if (!page || !form || !input || !status || !hint || !chips || !filterCount || !filters || !sort || !results || !more)
    return undefined;
  const state = parseSearchState(root.location.search);
  return {
    root: page,
    form,
    input,
    status,
    hint,
    chips,
    filterCount,
    filters,
    sort,
    results,
    more,
    state,
    shown: 0,
    searches: 0,
  };
}

/** Shows the filters that are on, as chips and as the count on the drawer's button. */
function showChips(page: SearchPage): void {
  const active = activeFilters(page.state);
  page.chips.querySelector('ul')?.replaceChildren(...active.map(filterChip));
  page.chips.hidden = active.length === 0;
  page.filterCount.textContent = String(active.length);
  page.filterCount.hidden = active.length === 0;
}

/**
 * Before the values are fetched, the panel says they are on their way, or (before any search)
 * offers to fetch them.
 */
function filtersPlaceholder(page: SearchPage): HTMLElement {
  if (page.loadingTotals) return element('p', { class: 'text-muted' }, ['Loading filters…']);
  const button = 'rounded-full border border-edge px-3 py-1 hover:border-accent';
  return element('button', { type: 'button', 'data-search-load-filters': true, class: button }, ['Show the filters']);
}

/** Builds the filter panel from the index's values, or a placeholder until they are fetched. */
function showFilters(page: SearchPage): void {
  if (!page.totals) {
    page.filters.replaceChildren(filtersPlaceholder(page));
    return;
  }
  const groups = buildFilterGroups(page.totals, page.totals, page.state);
  page.filters.replaceChildren(...groups.map(filterFieldset));
}

/** Puts the state into the controls: the field, the order, the chips, every filter's ticks. */
function showState(page: SearchPage): void {
  page.input.value = page.state.query;
  page.sort.hidden = !page.state.query.trim();
  for (const radio of page.sort.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
    radio.checked = radio.value === page.state.sort;
  }
  showChips(page);
  showFilters(page);
}

function appendResults(page: SearchPage, hits: SearchHit[]): void {
  page.results.append(...hits.map((hit, index) => resultItem(hit, `result-${page.shown + index}`)));
  page.shown += hits.length;
  page.more.hidden = page.shown >= (page.outcome?.total ?? 0);
}

function showAdvice(page: SearchPage, total: number): void {
  const advice = emptyAdvice(page.state);
  page.hint.hidden = isEmptySearch(page.state) || total > 0;
  page.hint.querySelector('[data-search-hint-text]')?.replaceChildren(advice.text);
  const clear = page.hint.querySelector<HTMLButtonElement>('[data-search-clear]');
  if (clear) clear.hidden = !advice.clearFilters;
}

function showOutcome(page: SearchPage, outcome: SearchOutcome, hits: SearchHit[]) {
  const empty = isEmptySearch(page.state);
  const search = serializeSearchState(page.state);
  page.outcome = outcome;
  if (search !== page.shownSearch) {
    page.shown = 0;
    page.results.replaceChildren();
    appendResults(page, hits);
    page.shownSearch = search;
  }
  const totals = page.totals;
  for (const group of totals ? buildFilterGroups(totals, empty ? totals : outcome.counts, page.state) : []) {
    showFilterCounts(page.filters, group);
  }
  page.status.textContent = empty ? SEARCH_MESSAGES.prompt : describeResults(outcome.total, page.state);
  showAdvice(page, outcome.total);
  if (!empty && page.drawer?.inView()) void loadTotals(page);
}

function showUnavailable(page: SearchPage, error: unknown): void {
  page.status.textContent = SEARCH_MESSAGES[error instanceof SearchUnavailable ? error.reason : 'failed'];
  page.results.replaceChildren();
  page.filters.replaceChildren();
  page.shownSearch = undefined;
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

/**
 * Fetches every filter value once, when the filters come into view, then runs the search again
 * for its counts (Pagefind counts only the filters it has fetched); the results stay as they are.
 */
function loadTotals(page: SearchPage): Promise<void> {
  if (page.loadingTotals) return page.loadingTotals;
  page.loadingTotals = filterTotals().then(
    (totals) => {
      page.totals = totals;
      showFilters(page);
      return run(page, 0);
    },
    () => {
      page.filters.replaceChildren(element('p', { class: 'text-muted' }, ['Filters could not load.']));
    },
  );
  showFilters(page);
  return page.loadingTotals;
}

/** Applies a change: the URL records it (a new history entry, or in place while typing), then it runs. */
function update(page: SearchPage, state: SearchState, history: 'push' | 'replace', delayMs = 0): void {
  page.state = state;
  page.sort.hidden = !state.query.trim();
  showChips(page);
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

/** Turns off the chip's filter; focus moves to the chip that takes its place, else to the search field. */
function removeChip(page: SearchPage, chip: HTMLButtonElement): void {
  const chips = [...page.chips.querySelectorAll<HTMLButtonElement>('[data-chip-filter]')];
  const at = chips.indexOf(chip);
  const { chipFilter, chipValue = '' } = chip.dataset;
  update(page, toggleFilter(page.state, chipFilter as SearchFilterName, chipValue), 'push');
  const rest = [...page.chips.querySelectorAll<HTMLButtonElement>('[data-chip-filter]')];
  (rest[Math.min(at, rest.length - 1)] ?? page.input).focus();
}

async function showTheFilters(page: SearchPage): Promise<void> {
  await loadTotals(page);
  page.filters.querySelector<HTMLInputElement>('input')?.focus();
}

function onClick(page: SearchPage, target: Element): void {
  const chip = target.closest<HTMLButtonElement>('[data-chip-filter]');
  if (chip) return removeChip(page, chip);
  if (target.closest('[data-search-load-filters]')) return void showTheFilters(page);
  if (!target.closest('[data-search-clear]')) return;
  update(page, clearFilters(page.state), 'push');
  page.input.focus();
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
  page.root.addEventListener('click', ({ target }) => target instanceof Element && onClick(page, target));
  page.more.addEventListener('click', () => void showMore(page));
  window.addEventListener('popstate', () => {
    page.state = parseSearchState(window.location.search);
    showState(page);
    void run(page, 0);
  });
}

/**
 * Runs the search page: the URL's search first (`?q=…`), then every change as the reader makes
 * it. The filter values load once the first results are shown beside them, when a phone opens
 * the drawer, or when the reader asks for them before searching, so they never hold up results.
 */
export function startSearchPage(root: Document): void {
  const page = findParts(root);
  if (!page) return;
  // Keep whatever the reader typed before this script ran.
  page.state = { ...page.state, query: page.input.value || page.state.query };
  page.drawer = placeFilters(root, page.filters, () => void loadTotals(page));
  showState(page);
  listen(page);
  update(page, page.state, 'replace');
}
