import { urls } from '../../data/urls.ts';
import { nextActiveIndex } from '../../lib/search/search-keys.ts';
import { describeResults, SEARCH_MESSAGES } from '../../lib/search/search-results.ts';
import { emptySearchState, isEmptySearch, serializeSearchState } from '../../lib/search/search-state.ts';
import { findBriefings, loadPagefind, SearchUnavailable, TYPING_DELAY_MS } from './search-engine.ts';
import { resultGroup } from './search-view.ts';
import searchStyles from '../../styles/search.css?url';

/** Briefings shown in the header's list; the search page shows them all. */
const MAX_RESULTS = 5;

/** The header search's parts (SearchBox.astro) and which option is active (-1: none). */
interface Box {
  form: HTMLFormElement;
  input: HTMLInputElement;
  popup: HTMLElement;
  listbox: HTMLElement;
  status: HTMLElement;
  summary: HTMLElement;
  all: HTMLAnchorElement;
  active: number;
  searches: number;
}

function findParts(form: HTMLFormElement): Box | undefined {
  const input = form.querySelector<HTMLInputElement>('[data-search-input]');
  const popup = form.querySelector<HTMLElement>('[data-search-popup]');
  const listbox = form.querySelector<HTMLElement>('[role="listbox"]');
  const status = form.querySelector<HTMLElement>('[data-search-status]');
  const summary = form.querySelector<HTMLElement>('[data-search-summary]');
  const all = form.querySelector<HTMLAnchorElement>('[data-search-all]');
  if (!input || !popup || !listbox || !status || !summary || !all) return undefined;
  return { form, input, popup, listbox, status, summary, all, active: -1, searches: 0 };
}

const options = (box: Box) => [...box.listbox.querySelectorAll<HTMLAnchorElement>('[role="option"]')];

function activate(box: Box, index: number): void {
  box.active = index;
  options(box).forEach((option, at) => option.setAttribute('aria-selected', String(at === index)));
  const current = options(box)[index];
  if (current) box.input.setAttribute('aria-activedescendant', current.id);
  else box.input.removeAttribute('aria-activedescendant');
  current?.scrollIntoView({ block: 'nearest' });
}

function setOpen(box: Box, open: boolean): void {
  box.popup.hidden = !open;
  box.input.setAttribute('aria-expanded', String(open));
  if (!open) activate(box, -1);
}

/** Says how the search went: to screen readers through the live status, and visibly above the list. */
function announce(box: Box, message: string): void {
  box.status.textContent = message;
  box.summary.textContent = message;
}

function showMessage(box: Box, message: string): void {
  box.listbox.replaceChildren();
  box.all.hidden = true;
  announce(box, message);
  setOpen(box, true);
}

async function search(box: Box): Promise<void> {
  const ticket = ++box.searches;
  const state = emptySearchState(box.input.value);
  try {
    const outcome = await findBriefings(state, TYPING_DELAY_MS);
    const hits = await outcome?.page(0, MAX_RESULTS);
    if (!outcome || !hits || ticket !== box.searches) return;
    if (isEmptySearch(state)) return setOpen(box, false);
    let count = 0;
    box.listbox.replaceChildren(...hits.map((hit) => resultGroup(hit, () => `site-search-option-${count++}`)));
    announce(box, describeResults(outcome.total, state));
    box.all.href = urls.search(serializeSearchState(state));
    box.all.hidden = outcome.total === 0;
    setOpen(box, true);
  } catch (error) {
    if (ticket === box.searches)
      showMessage(box, SEARCH_MESSAGES[error instanceof SearchUnavailable ? error.reason : 'failed']);
  }
}

function onKeydown(box: Box, event: KeyboardEvent): void {
  const count = options(box).length;
  if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && count > 0) {
    event.preventDefault();
    setOpen(box, true);
    activate(box, nextActiveIndex(event.key, box.active, count));
  } else if (event.key === 'Enter' && box.active >= 0) {
    event.preventDefault();
    options(box)[box.active]?.click();
  } else if (event.key === 'Escape' && !box.popup.hidden) {
    // The first Escape closes the list; the next one clears the field, as type="search" does.
    event.preventDefault();
    setOpen(box, false);
  }
}

/** Turns the header's search field into a combobox: results as you type, arrow keys, Enter, Escape. */
/**
 * The result list's utility classes, fetched with the search code: a stylesheet imported here
 * would be linked from every page, and reading pages do not need it until search starts.
 */
function loadResultStyles(root: Document): void {
  if (root.querySelector(`link[href="${searchStyles}"]`)) return;
  root.head.append(Object.assign(root.createElement('link'), { rel: 'stylesheet', href: searchStyles }));
}

export function enhanceSearchBox(form: HTMLFormElement): void {
  const box = findParts(form);
  if (!box) return;
  loadResultStyles(form.ownerDocument);
  box.input.addEventListener('input', () => void search(box));
  box.input.addEventListener('keydown', (event) => onKeydown(box, event));
  box.input.addEventListener('focus', () => {
    if (box.input.value.trim() && box.status.textContent) setOpen(box, true);
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) setOpen(box, false);
  });
  // Start fetching Pagefind now, while the reader is still reaching for the keyboard.
  loadPagefind().catch(() => undefined);
  if (box.input.value.trim()) void search(box);
}
