import { describe, expect, test } from 'vitest';
import { suggestClosest } from '../../../src/lib/content/suggest.ts';

describe('suggestClosest', () => {
  test('suggests a near miss and nothing for a stranger', () => {
    expect(suggestClosest('openai-2002', ['openai-2020', 'meta-2018'])).toBe('openai-2020');
    expect(suggestClosest('anthropic', ['openai-2020'])).toBeUndefined();
  });
});
