import { formatDay } from '../site/dates.ts';
import { matchedWords } from './search-matches.ts';
import {
  activeFilters,
  SEARCH_FILTERS,
  type ActiveFilter,
  type SearchFilterName,
  type SearchState,
} from './search-state.ts';
import { highlightUrl } from '../site/urls.ts';
import { plural } from '../text/plural.ts';

/** A Pagefind sub-result: the part of a page under one heading (pagefind.js `sub_results`). */
interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { id: string };
  weighted_locations: { balanced_score: number }[];
}

/** The part of a Pagefind result's `data()` that this site reads. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The indexed text, and the positions of the words that matched among its whitespace-separated words. */
  raw_content?: string;
  locations?: number[];
  meta: Partial<Record<string, string>>;
  sub_results: PagefindSubResult[];
}

/** Result counts per filter value, as pagefind.js `filters()` and `search()` report them. */
export type FilterCounts = Partial<Record<string, Record<string, number>>>;

/** A run of excerpt text; `marked` runs are the words that matched. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** A question in a found briefing whose answer matched, linking to its section. */
export interface QuestionHit {
  title: string;
  url: string;
  excerpt: ExcerptPart[];
}

/** A briefing found by a search, ready to show. */
export interface SearchHit {
  url: string;
  title: string;
  date?: { iso: string; text: string };
  summary: ExcerptPart[];
  questions: QuestionHit[];
}

/** One value of a filter, with how many current results have it. */
export interface FilterOption {
  value: string;
  count: number;
  selected: boolean;
  /** Whether the panel offers it: a value no current result has would only lead to nothing, unless it is on. */
  offered: boolean;
}

/** A filter as the search page shows it: a labelled list of values with counts. */
export interface FilterGroup {
  name: SearchFilterName;
  label: string;
  options: FilterOption[];
}

const FILTER_LABELS: Record<SearchFilterName, string> = { topic: 'Topic', year: 'Year', publisher: 'Publisher' };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };

/**
 * Splits Pagefind's excerpt HTML into plain text runs, so it can be shown without innerHTML.
 * Citation chips are not indexed, so the space before them is dropped where punctuation follows.
 */
export function excerptParts(html: string): ExcerptPart[] {
  const decode = (text: string) =>
    text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ENTITIES[name] ?? '');
  return html
    .replace(/\s+([.,;:!?])/g, '$1')
    .split(/<mark>(.*?)<\/mark>/)
    .map((text, index) => ({ text: decode(text), marked: index % 2 === 1 }))
    .filter(({ text }) => text);
}

/** The questions whose answers matched best (at most `limit`), in the order the briefing asks them. */
export function matchingQuestions(subResults: readonly PagefindSubResult[], limit: number): QuestionHit[] {
  const score = (sub: PagefindSubResult) => sub.weighted_locations.reduce((sum, hit) => sum + hit.balanced_score, 0);
  const questions = subResults.filter((sub) => sub.anchor);
  const best = new Set([...questions].sort((a, b) => score(b) - score(a)).slice(0, limit));
  return questions
    .filter((sub) => best.has(sub))
    .map(({ title, url, excerpt }) => ({ title, url, excerpt: excerptParts(excerpt) }));
}

/**
 * What to show under a result's headline: the matches outside its questions (which are listed
 * with their own excerpts), else the dek, else Pagefind's excerpt of the page.
 */
function summaryOf(data: PagefindResultData, hasWords: boolean): ExcerptPart[] {
  const intro = hasWords ? data.sub_results.find((sub) => !sub.anchor) : undefined;
  if (intro) return excerptParts(intro.excerpt);
  return data.meta['dek'] ? [{ text: data.meta['dek'], marked: false }] : excerptParts(data.excerpt);
}

/**
 * A Pagefind result as a reader sees it. Its links highlight the words the search matched, as
 * the page spells them ("free-threaded" for a search for "freethreaded"), not the typed words.
 */
export function shapeHit(data: PagefindResultData, locale: string, hasWords: boolean, maxQuestions = 3): SearchHit {
  const { title = data.url, date } = data.meta;
  const words = matchedWords(data.raw_content ?? '', data.locations ?? []);
  const questions = matchingQuestions(data.sub_results, maxQuestions);
  return {
    url: highlightUrl(data.url, words),
    title,
    ...(date ? { date: { iso: date, text: formatDay(new Date(date), locale) } } : {}),
    summary: summaryOf(data, hasWords),
    questions: questions.map((question) => ({ ...question, url: highlightUrl(question.url, words) })),
  };
}

/** Years newest first; other values alphabetically. */
function compareValues(name: SearchFilterName) {
  return (a: FilterOption, b: FilterOption) =>
    name === 'year' ? b.value.localeCompare(a.value) : a.value.localeCompare(b.value);
}

/**
 * The filter panel: every value the index knows (`totals`), counted in the current results
 * (`current`, or the totals before any search), plus selected values the index lacks.
 */
export function buildFilterGroups(totals: FilterCounts, current: FilterCounts, state: SearchState): FilterGroup[] {
  return SEARCH_FILTERS.map((name) => {
    const selected = state.filters[name];
    const values = new Set([...Object.keys(totals[name] ?? {}), ...selected]);
    const options = [...values].map((value) => {
      const count = current[name]?.[value] ?? 0;
      return { value, count, selected: selected.includes(value), offered: count > 0 || selected.includes(value) };
    });
    return { name, label: FILTER_LABELS[name], options: options.sort(compareValues(name)) };
  }).filter((group) => group.options.length > 0);
}

/** A filter value as chips and messages name it: "Topic PyTorch", "Year 2017". */
export function describeFilter({ name, value }: ActiveFilter): string {
  return `${FILTER_LABELS[name]} ${value}`;
}

/** The status line after a search: how many briefings matched, and what. */
export function describeResults(count: number, state: SearchState): string {
  const query = state.query.trim();
  const filters = activeFilters(state).length;
  const subject = count === 0 ? 'No briefings' : plural(count, 'briefing');
  const object = query ? `“${query}”${filters ? ` with ${plural(filters, 'filter')} on` : ''}` : 'these filters';
  return `${subject} ${count === 1 ? 'matches' : 'match'} ${object}.`;
}

/**
 * What to suggest when nothing matched: with filters on, which ones (the page offers to clear
 * them); without, other words.
 */
export function emptyAdvice(state: SearchState): { text: string; clearFilters: boolean } {
  const filters = activeFilters(state).map(describeFilter);
  if (filters.length === 0) return { text: 'Try other words, or fewer words.', clearFilters: false };
  return { text: `Filters on: ${filters.join(', ')}.`, clearFilters: true };
}

/** What the search page and box say when search cannot run, or before a reader types. */
export const SEARCH_MESSAGES = {
  prompt: 'Type a word to search every briefing, or pick a filter.',
  missing: 'Search works on the built site: run “npm run build”, then “npm run preview”, and open this page there.',
  failed: 'Search could not load. Check your connection and reload the page.',
} as const;
