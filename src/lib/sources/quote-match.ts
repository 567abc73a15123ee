import { collapseWhitespace, normalizeText, quoteCore, wordsOf } from './page-text.ts';

/** Whether a quote is on a page and, when it is not, the passage of the page nearest to it. */
export interface QuoteMatch {
  found: boolean;
  /** The page's passage most like the quote (same number of words), when the quote is not found verbatim. */
  closest?: string;
  /** Share of the quote's words in the closest passage, 0 to 1. */
  similarity?: number;
}

/** How many words two multisets share, kept up to date as a window slides over the page. */
function sharedWords(window: Map<string, number>, wanted: Map<string, number>): number {
  let shared = 0;
  for (const [word, count] of wanted) shared += Math.min(count, window.get(word) ?? 0);
  return shared;
}

/** A word as compared: folded, without the punctuation around or inside it. */
const wordKey = (word: string) => normalizeText(word).replace(/[^\p{L}\p{N}]/gu, '');

function countWords(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

function bump(counts: Map<string, number>, word: string | undefined, by: number): void {
  if (word !== undefined) counts.set(word, (counts.get(word) ?? 0) + by);
}

/** The run of the page's words, as long as the quote, that shares the most words with it. */
export function closestPassage(pageText: string, quote: string): { passage: string; similarity: number } {
  // Compared folded, shown as the page writes it.
  const shown = wordsOf(collapseWhitespace(pageText));
  const page = shown.map(wordKey);
  const wanted = wordsOf(quoteCore(quote)).map(wordKey);
  const size = Math.min(wanted.length, page.length);
  if (size === 0) return { passage: '', similarity: 0 };
  const wantedCounts = countWords(wanted);
  const window = countWords(page.slice(0, size));
  // Between windows sharing as many words, the one that starts where the quote starts reads best.
  const score = (start: number, shared: number) => shared + (page[start] === wanted[0] ? 0.5 : 0);
  let best = { start: 0, shared: sharedWords(window, wantedCounts) };
  for (let start = 1; start + size <= page.length; start++) {
    bump(window, page[start - 1], -1);
    bump(window, page[start + size - 1], 1);
    const shared = sharedWords(window, wantedCounts);
    if (score(start, shared) > score(best.start, best.shared)) best = { start, shared };
  }
  return { passage: shown.slice(best.start, best.start + size).join(' '), similarity: best.shared / wanted.length };
}

/** Finds a quote in a page's text, after folding whitespace, quote marks, dashes and case on both sides. */
export function matchQuote(pageText: string, quote: string): QuoteMatch {
  const core = quoteCore(quote);
  if (normalizeText(pageText).includes(core)) return { found: true };
  const { passage, similarity } = closestPassage(pageText, quote);
  return { found: false, closest: passage, similarity: Math.round(similarity * 100) / 100 };
}
