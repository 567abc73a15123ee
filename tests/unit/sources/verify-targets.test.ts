import { describe, expect, test } from 'vitest';
import { collectTargets } from '../../../src/lib/sources/verify-targets.ts';

describe('collectTargets', () => {
  test('lists each cited URL and archived copy once, with every quote briefings expect on it', () => {
    const targets = collectTargets([
      { id: 'a', url: 'https://a.example/', quote: 'First words' },
      {
        id: 'b',
        url: 'https://a.example/',
        quote: 'Other words',
        archived: 'https://web.archive.org/web/2026/https://a.example/',
      },
      { id: 'c', url: 'https://c.example/' },
    ]);
    expect(Object.fromEntries(targets)).toEqual({
      'https://a.example/': ['First words', 'Other words'],
      'https://web.archive.org/web/2026/https://a.example/': ['Other words'],
      'https://c.example/': [],
    });
  });
});
