import { describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../../src/lib/diagnostics';
import { locateFrontmatterField } from '../../src/lib/frontmatter-positions';
import { positionAt } from '../../src/lib/positions';
import { suggestClosest } from '../../src/lib/suggest';

describe('positionAt', () => {
  test('counts lines and columns from 1', () => {
    expect(positionAt('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});

describe('locateFrontmatterField', () => {
  const file = ['---', 'title: T', 'sources:', '  - id: a', '    url: javascript:x', '---', 'Body'].join('\n');
  test('finds a nested field', () => {
    expect(locateFrontmatterField(file, ['sources', 0, 'url'])).toEqual({ line: 5, column: 10 });
  });
  test('falls back to the deepest field that exists', () => {
    expect(locateFrontmatterField(file, ['sources', 3, 'url'])).toEqual({ line: 4, column: 3 });
  });
});

describe('suggestClosest', () => {
  test('suggests a near miss and nothing for a stranger', () => {
    expect(suggestClosest('openai-2002', ['openai-2020', 'meta-2018'])).toBe('openai-2020');
    expect(suggestClosest('anthropic', ['openai-2020'])).toBeUndefined();
  });
});

describe('formatDiagnostic', () => {
  test('prints one line an editor can jump to', () => {
    expect(
      formatDiagnostic({
        file: 'content/briefings/a.mdx',
        position: { line: 3, column: 7 },
        severity: 'error',
        message: 'Unknown source "x".',
        hint: 'fix it',
      }),
    ).toBe('content/briefings/a.mdx:3:7  error  Unknown source "x".  (fix it)');
  });
});
