import { describe, expect, test } from 'vitest';
import { fragmentLands } from '../../../src/lib/sources/fragment-landing.ts';

describe('fragmentLands', () => {
  test('a short quote lands where the page has its words, whatever the case and line breaks', () => {
    expect(fragmentLands('Intro. Quoted\n  WORDS here.', 'quoted words')).toBe(true);
  });

  test('a long quote lands when its first words come before its last words', () => {
    const quote = 'one two three four five six seven eight nine ten eleven twelve';
    expect(fragmentLands(`Start. ${quote}. End.`, quote)).toBe(true);
    expect(fragmentLands('eight nine ten eleven twelve then one two three four five', quote)).toBe(false);
  });

  test('does not land where the page writes other quote marks or dashes, as browsers match them exactly', () => {
    expect(fragmentLands('He said "yes" - twice.', 'He said “yes” — twice.')).toBe(false);
  });
});
