import { describe, expect, test } from 'vitest';
import {
  ContentError,
  formatDiagnostic,
  summarizeDiagnostics,
  type Diagnostic,
} from '../../../src/lib/content/diagnostics.ts';

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
