/**
 * Links that open a source scrolled to the quoted words: URL text fragments (`#:~:text=…`,
 * WICG scroll-to-text-fragment). Browsers without support open the page as usual.
 */

/** Quotes longer than this many words link as a `start,end` range, which keeps URLs short. */
const MAX_EXACT_WORDS = 10;
/** Words kept at each end of a range: enough to find the passage on almost any page. */
const EDGE_WORDS = 5;

/**
 * Percent-encodes one term of a text directive. `encodeURIComponent` escapes `&` and `,`
 * but leaves `-`, which the directive also uses as syntax (`prefix-,start,end,-suffix`).
 */
export function encodeTextTerm(term: string): string {
  return encodeURIComponent(term.toWellFormed()).replace(/-/g, '%2D');
}

/** One line of text, without the ellipses writers put around an excerpt (they are not on the page). */
function normalizeQuote(quote: string): string {
  return quote
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .replace(/^\s*(?:…|\.{3})|(?:…|\.{3})\s*$/g, '')
    .trim();
}

/** Where each word of `text` starts and ends; Intl.Segmenter also finds words in scripts without spaces. */
function wordSpans(text: string, locale: string): { start: number; end: number }[] {
  return [...new Intl.Segmenter(locale, { granularity: 'word' }).segment(text)]
    .filter((segment) => segment.isWordLike)
    .map(({ index, segment }) => ({ start: index, end: index + segment.length }));
}

/** The `text=` directive for a quote: the whole quote when short, its first and last words when long. */
export function textDirective(quote: string, locale = 'en'): string | undefined {
  const text = normalizeQuote(quote);
  const words = wordSpans(text, locale);
  if (words.length === 0) return undefined;
  const startEnds = words[EDGE_WORDS - 1];
  const endStarts = words.at(-EDGE_WORDS);
  if (words.length <= MAX_EXACT_WORDS || !startEnds || !endStarts) return `text=${encodeTextTerm(text)}`;
  return `text=${encodeTextTerm(text.slice(0, startEnds.end))},${encodeTextTerm(text.slice(endStarts.start))}`;
}

/**
 * The source's URL with a text fragment for the quote. An existing `#fragment` is kept (the
 * directive follows it), and an existing directive gets ours appended with `&`.
 */
export function textFragmentUrl(url: string, quote: string, locale = 'en'): string {
  const directive = textDirective(quote, locale);
  if (!directive) return url;
  const hash = url.indexOf('#');
  if (hash === -1) return `${url}#:~:${directive}`;
  return url.slice(hash).includes(':~:') ? `${url}&${directive}` : `${url}:~:${directive}`;
}
