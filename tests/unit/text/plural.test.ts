import { describe, expect, test } from 'vitest';
import { plural } from '../../../src/lib/text/plural.ts';

describe('plural', () => {
  test('puts the noun in the singular for one and the plural otherwise', () => {
    expect([0, 1, 2].map((count) => plural(count, 'briefing'))).toEqual(['0 briefings', '1 briefing', '2 briefings']);
  });

  test('takes the plural form where adding "s" would be wrong', () => {
    expect(plural(3, 'entry', 'entries')).toBe('3 entries');
    expect(plural(1, 'entry', 'entries')).toBe('1 entry');
  });
});
