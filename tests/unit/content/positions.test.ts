import { describe, expect, test } from 'vitest';
import { offsetAt, positionAt } from '../../../src/lib/content/positions.ts';

describe('positionAt', () => {
  test('counts lines and columns from 1', () => {
    expect(positionAt('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});

describe('offsetAt', () => {
  test('is the inverse of positionAt', () => {
    const text = 'ab\ncd\n\nef';
    for (const offset of [0, 1, 3, 4, 7, 8]) expect(offsetAt(text, positionAt(text, offset))).toBe(offset);
  });
});
