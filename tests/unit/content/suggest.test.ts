import { describe, expect, test } from 'vitest';
import { editDistance, showInvisible, suggestClosest } from '../../../src/lib/content/suggest.ts';

describe('editDistance', () => {
  test('counts a swap of two neighbours as one edit', () => {
    expect(editDistance('pep-797', 'pep-779')).toBe(1);
    expect(editDistance('tensorflw', 'tensorflow')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('suggestClosest', () => {
  test('suggests a near miss and nothing for a stranger', () => {
    expect(suggestClosest('openai-2002', ['openai-2020', 'meta-2018'])).toBe('openai-2020');
    expect(suggestClosest('anthropic', ['openai-2020'])).toBeUndefined();
  });

  test('prefers the swap over a candidate two substitutions away', () => {
    expect(suggestClosest('pep-797', ['pep-700', 'pep-779'])).toBe('pep-779');
  });
});

describe('showInvisible', () => {
  test('writes characters outside printable ASCII as code points', () => {
    expect(showInvisible('src\u200b-a')).toBe('src\\u200b-a');
    expect(showInvisible('p\u0443torch')).toBe('p\\u0443torch');
    expect(showInvisible('plain-id')).toBe('plain-id');
  });
});
