import { describe, expect, test } from 'vitest';
import { collapseWhitespace, normalizeText, quoteCore } from '../../../src/lib/sources/page-text.ts';

describe('normalizeText', () => {
  test('folds curly quotes, apostrophes and guillemets to straight ones', () => {
    expect(normalizeText('“Quoted” ‘words’ don’t «change»')).toBe(`"quoted" 'words' don't "change"`);
  });

  test('folds en and em dashes, minus signs and non-breaking hyphens to a hyphen', () => {
    expect(normalizeText('a – b — c − d ‑ e')).toBe('a - b - c - d - e');
  });

  test('collapses line breaks, tabs and no-break spaces, and drops soft hyphens and zero-width spaces', () => {
    expect(normalizeText('one\n  two\u00A0three\tfour\u00ADfive\u200Bsix')).toBe('one two three fourfivesix');
  });

  test('writes an ellipsis as three dots and folds case', () => {
    expect(normalizeText('Wait…')).toBe('wait...');
  });
});

describe('collapseWhitespace', () => {
  test('keeps quote marks and case as they are', () => {
    expect(collapseWhitespace('  “A”\n—  B ')).toBe('“A” — B');
  });
});

describe('quoteCore', () => {
  test('drops the ellipses and quote marks around an excerpt', () => {
    expect(quoteCore('…standardizing on PyTorch...')).toBe('standardizing on pytorch');
    expect(quoteCore('"Today we are thrilled."')).toBe('today we are thrilled.');
  });
});
