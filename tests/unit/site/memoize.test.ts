import { describe, expect, test } from 'vitest';
import { memoize } from '../../../src/lib/site/memoize.ts';

describe('memoize', () => {
  test('makes each key’s answer once and returns that same answer after', () => {
    const made: string[] = [];
    const upper = memoize((key) => {
      made.push(key);
      return { value: key.toUpperCase() };
    });
    const first = upper('en');
    expect(upper('en')).toBe(first);
    expect(upper('fr').value).toBe('FR');
    expect(made).toEqual(['en', 'fr']);
  });
});
