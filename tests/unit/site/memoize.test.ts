import { describe, expect, test } from 'vitest';
import { memoize, memoizeBy } from '../../../src/lib/site/memoize.ts';

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

describe('memoizeBy', () => {
  test('makes one answer per key of its argument, whichever object carries the key', async () => {
    let calls = 0;
    const render = memoizeBy(
      (briefing: { permalink: string }) => briefing.permalink,
      async (briefing) => `${++calls}:${briefing.permalink}`,
    );
    const [a, b] = await Promise.all([render({ permalink: 'x/' }), render({ permalink: 'x/' })]);
    expect([a, b]).toEqual(['1:x/', '1:x/']);
    expect(await render({ permalink: 'y/' })).toBe('2:y/');
    expect(calls).toBe(2);
  });

  test('with keep, holds only the answers of the keys asked for last, and makes a forgotten one again', () => {
    const made: string[] = [];
    const square = memoizeBy(
      (key: string) => key,
      (key) => {
        made.push(key);
        return key.repeat(2);
      },
      2,
    );
    for (const key of ['a', 'b', 'a', 'c', 'a', 'b']) square(key);
    // 'a' stayed among the last two asked for; 'b' was dropped when 'c' came, and made again.
    expect(made).toEqual(['a', 'b', 'c', 'b']);
  });
});
