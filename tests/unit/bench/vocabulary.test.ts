import { describe, expect, test } from 'vitest';
import { createRandom } from '../../../bench/lib/random.ts';
import { commonWord, createVocabulary, inventName } from '../../../bench/lib/vocabulary.ts';

describe('createVocabulary', () => {
  const vocabulary = createVocabulary(createRandom(7), 5_000);

  test('has as many distinct lower-case words as asked, common English words first', () => {
    expect(new Set(vocabulary.words).size).toBe(5_000);
    expect(vocabulary.words.slice(0, 3)).toEqual(['the', 'of', 'and']);
    expect(vocabulary.words.every((word) => /^[a-z]+$/.test(word))).toBe(true);
  });

  test('draws words with a Zipf-like law: frequent words far more often, the tail still reached', () => {
    const random = createRandom(1);
    const counts = new Map<number, number>();
    for (let i = 0; i < 100_000; i++) {
      const index = vocabulary.drawIndex(random);
      counts.set(index, (counts.get(index) ?? 0) + 1);
    }
    const count = (index: number) => counts.get(index) ?? 0;
    expect(count(0) / count(99)).toBeGreaterThan(20);
    expect(count(0) / count(99)).toBeLessThan(60);
    expect(counts.size).toBeGreaterThan(4_000);
  });

  test('offers its most frequent made-up word as the common search term', () => {
    expect(commonWord(vocabulary)).toBe(vocabulary.words[15]);
  });
});

describe('inventName', () => {
  test('gives every serial a name of its own that no vocabulary word can be', () => {
    const names = Array.from({ length: 20_000 }, (_, serial) => inventName(serial));
    expect(new Set(names).size).toBe(20_000);
    expect(names.every((name) => name.startsWith('q'))).toBe(true);
  });
});
