import type { Random } from './random.ts';

const ONSETS = [
  'b',
  'd',
  'f',
  'g',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'z',
  'br',
  'st',
  'tr',
  'pl',
  'gr',
  'sh',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ou'];
const CODAS = ['', '', '', 'n', 'r', 's', 'l', 'm'];

/** Frequent English words first, as in real text; the synthetic words follow them in rank. */
const FUNCTION_WORDS = [
  'the',
  'of',
  'and',
  'to',
  'a',
  'in',
  'that',
  'is',
  'was',
  'for',
  'on',
  'with',
  'as',
  'by',
  'it',
];

/** A vocabulary in rank order and a sampler that draws ranks with a Zipf-like law. */
export interface Vocabulary {
  words: readonly string[];
  /** Index of a word drawn with probability ∝ 1 / (rank + 2.7), Zipf–Mandelbrot as in natural text. */
  drawIndex(random: Random): number;
}

function syllable(random: Random): string {
  return random.pick(ONSETS) + random.pick(VOWELS) + random.pick(CODAS);
}

/**
 * `size` distinct made-up words of one to three syllables, shortest first: in real prose the
 * frequent words are the short ones.
 */
function inventWords(random: Random, size: number): string[] {
  const invented = new Set<string>();
  while (invented.size < size - FUNCTION_WORDS.length) {
    const word = Array.from({ length: random.int(1, 3) }, () => syllable(random)).join('');
    if (!FUNCTION_WORDS.includes(word)) invented.add(word);
  }
  return [...FUNCTION_WORDS, ...[...invented].sort((a, b) => a.length - b.length)];
}

/**
 * A proper name that no other briefing and no vocabulary word has (names start with "q",
 * which no syllable does), so each briefing brings words of its own, as news does.
 */
export function inventName(serial: number): string {
  let name = 'q';
  let rest = serial;
  do {
    name += (ONSETS[rest % ONSETS.length] ?? '') + (VOWELS[Math.floor(rest / ONSETS.length) % VOWELS.length] ?? '');
    rest = Math.floor(rest / (ONSETS.length * VOWELS.length));
  } while (rest > 0);
  return name;
}

/** Binary search for the first cumulative weight above `target`. */
function firstAbove(cumulative: readonly number[], target: number): number {
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((cumulative[middle] ?? 0) > target) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** Builds a vocabulary of `size` words with a Zipf-like rank distribution. */
export function createVocabulary(random: Random, size: number): Vocabulary {
  const words = inventWords(random, size);
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 0; rank < words.length; rank++) cumulative.push((total += 1 / (rank + 2.7)));
  return { words, drawIndex: (source) => firstAbove(cumulative, source.next() * total) };
}

/** The most frequent made-up word: in most briefings, like a common search term. */
export function commonWord(vocabulary: Vocabulary): string {
  return vocabulary.words[FUNCTION_WORDS.length] ?? '';
}
