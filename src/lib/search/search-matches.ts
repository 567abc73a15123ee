/** At most this many words go into a link: the highlight is a courtesy, a long link is not. */
const MAX_WORDS = 8;

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>' };

/**
 * The page's words, split as pagefind.js splits them to place its matches: at zero-width
 * spaces where the indexer segmented the text (Chinese, Japanese), else at whitespace.
 */
function pageWords(rawContent: string): string[] {
  const text = rawContent.replace(/&lt;|&gt;/g, (entity) => ENTITIES[entity] ?? entity);
  return text.includes('\u200B') ? text.split('\u200B') : text.split(/[^\S\uFEFF]+/);
}

/** A word without the punctuation around it: `(free-threaded),` → `free-threaded`. */
function bareWord(word: string): string {
  return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * The words of a page that a search matched, spelled as the page spells them, once each
 * (ignoring case), in the order they first appear: Pagefind matches stems, prefixes and
 * hyphenated words ("freethreaded" finds "free-threaded"), which the typed words would not
 * highlight. `rawContent` and `locations` are a result's `raw_content` and `locations`.
 */
export function matchedWords(rawContent: string, locations: readonly number[], limit = MAX_WORDS): string[] {
  const words = pageWords(rawContent);
  const found = new Map<string, string>();
  for (const location of [...locations].sort((a, b) => a - b)) {
    const word = bareWord(words[location] ?? '');
    if (word && !found.has(word.toLowerCase())) found.set(word.toLowerCase(), word);
  }
  return [...found.values()].slice(0, limit);
}
