/**
 * Text as `npm run verify` compares it: a quote in a briefing and the words on a page are the
 * same words even when one has curly quotes, an en dash or a line break where the other has not.
 */

/** Quote marks, apostrophes and primes in their many forms, each folded to its ASCII mark. */
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
/** Hyphens, dashes and minus signs. */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
/** Characters a page may hold that a reader never sees: soft hyphens, zero-width spaces and joiners. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** Whitespace of every kind (line breaks, no-break spaces) as one space, trimmed: what a browser's text-fragment matching also ignores. */
export function collapseWhitespace(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
}

/** Text folded for comparison: NFKC, one kind of quote mark and dash, ellipses as three dots, collapsed whitespace, lower case. */
export function normalizeText(text: string): string {
  return collapseWhitespace(
    text
      .normalize('NFKC')
      .replace(SINGLE_QUOTES, "'")
      .replace(DOUBLE_QUOTES, '"')
      .replace(DASHES, '-')
      .replace(/\u2026/g, '...'),
  ).toLowerCase();
}

/** A quote as writers write it, without the ellipses around an excerpt and the quote marks around the whole. */
export function quoteCore(quote: string): string {
  return normalizeText(quote)
    .replace(/^(?:\.\.\.|["'])\s*|\s*(?:\.\.\.|["'])$/g, '')
    .trim();
}

/** The words of a text, for measuring how close two passages are. */
export function wordsOf(text: string): string[] {
  return text.split(' ').filter(Boolean);
}
