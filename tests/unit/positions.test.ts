import { describe, expect, test } from 'vitest';
import { ContentError, formatDiagnostic, summarizeDiagnostics, type Diagnostic } from '../../src/lib/diagnostics';
import { locateFrontmatterField } from '../../src/lib/frontmatter-positions';
import { offsetAt, positionAt } from '../../src/lib/positions';
import { suggestClosest } from '../../src/lib/suggest';

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

describe('summarizeDiagnostics', () => {
  const finding = (severity: Diagnostic['severity']): Diagnostic => ({
    file: 'a.mdx',
    position: { line: 1, column: 1 },
    severity,
    message: 'm',
    hint: 'h',
  });
  test('counts briefings, errors and warnings', () => {
    expect(summarizeDiagnostics([], 1)).toBe('Checked 1 briefing: no problems.');
    expect(summarizeDiagnostics([finding('error'), finding('warning'), finding('warning')], 3)).toBe(
      'Checked 3 briefings: 1 error, 2 warnings.',
    );
  });
});

describe('ContentError', () => {
  test('carries the line and column of the first finding, where the dev overlay points', () => {
    const error = new ContentError([
      { file: 'a.mdx', position: { line: 4, column: 9 }, severity: 'error', message: 'Bad.', hint: 'fix it' },
    ]);
    expect(error.message).toBe('Briefing has 1 problem:\na.mdx:4:9  error  Bad.  (fix it)');
    expect(error.loc).toEqual({ file: 'a.mdx', line: 4, column: 9 });
    expect([error.line, error.column]).toEqual([4, 9]);
  });
});
