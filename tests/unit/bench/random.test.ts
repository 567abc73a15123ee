import { describe, expect, test } from 'vitest';
import { createRandom } from '../../../bench/lib/random.ts';

describe('createRandom', () => {
  test('repeats its sequence for the same seed', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, createRandom(seed).next);
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  test('keeps whole numbers within both bounds and reaches each', () => {
    const random = createRandom(3);
    const seen = new Set(Array.from({ length: 500 }, () => random.int(2, 4)));
    expect([...seen].sort()).toEqual([2, 3, 4]);
  });
});
