import { describe, expect, test } from 'vitest';
import { median, medianOrNull, range } from '../../../bench/lib/stats.ts';

describe('median', () => {
  test('is the middle value of an odd count, whatever the order', () => {
    expect(median([9, 1, 5])).toBe(5);
  });

  test('is the mean of the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('range', () => {
  test('gives the smallest and the largest value', () => {
    expect(range([3, 1, 2])).toEqual({ min: 1, max: 3 });
  });
});

describe('medianOrNull', () => {
  test('ignores runs without the value, and is null when none has it', () => {
    expect(medianOrNull([null, 2, 4])).toBe(3);
    expect(medianOrNull([null, null])).toBeNull();
  });
});
