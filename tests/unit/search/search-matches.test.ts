import { describe, expect, test } from 'vitest';
import { matchedWords } from '../../../src/lib/search/search-matches.ts';

describe('matchedWords', () => {
  const content =
    'CPython goes (free-threaded), and Free-threaded builds use free-threaded wheels; the &lt;GIL&gt; stays.';

  test('gives the matched words as the page spells them, without the punctuation around them', () => {
    expect(matchedWords(content, [2])).toEqual(['free-threaded']);
    expect(matchedWords(content, [10])).toEqual(['GIL']);
  });

  test('lists each word once whatever its case, in the order the page has them', () => {
    expect(matchedWords(content, [7, 2, 4])).toEqual(['free-threaded']);
    expect(matchedWords(content, [5, 0])).toEqual(['CPython', 'builds']);
  });

  test('keeps at most `limit` words, and skips positions outside the text', () => {
    expect(matchedWords(content, [0, 1, 3, 5], 2)).toEqual(['CPython', 'goes']);
    expect(matchedWords(content, [99])).toEqual([]);
  });

  test('splits at zero-width spaces where the indexer segmented the text', () => {
    expect(matchedWords('東京\u200B大学\u200Bです', [1])).toEqual(['大学']);
  });
});
