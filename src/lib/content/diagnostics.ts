import type { SourcePosition } from './positions.ts';
import { plural } from '../text/plural.ts';

/** One finding about a briefing: where it is, what is wrong and what to do. */
export interface Diagnostic {
  file: string;
  position: SourcePosition;
  severity: 'error' | 'warning';
  message: string;
  hint: string;
}

/** `file:line:col  severity  message  (hint)`: one line a writer's editor can jump to. */
export function formatDiagnostic({ file, position, severity, message, hint }: Diagnostic): string {
  return `${file}:${position.line}:${position.column}  ${severity}  ${message}  (${hint})`;
}

/**
 * Thrown when a briefing has errors; its message lists every finding, one per line.
 * `line`, `column` and `loc` are where the first one is, read by Vite and Astro so that
 * the dev server's error overlay points at that line.
 */
export class ContentError extends Error {
  readonly diagnostics: readonly Diagnostic[];
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly loc: { file: string; line: number; column: number } | undefined;

  constructor(diagnostics: readonly Diagnostic[]) {
    super(`Briefing has ${plural(diagnostics.length, 'problem')}:\n${diagnostics.map(formatDiagnostic).join('\n')}`);
    this.name = 'ContentError';
    this.diagnostics = diagnostics;
    const [first] = diagnostics;
    this.line = first?.position.line;
    this.column = first?.position.column;
    this.loc = first && { file: first.file, ...first.position };
  }
}

/** A finding at a character offset in a briefing file, before it is given a line and column. */
export interface OffsetFinding {
  offset: number;
  message: string;
  hint: string;
  /** Default: error. */
  severity?: Diagnostic['severity'];
}

/** A finding about a frontmatter field, located by its path (`['sources', 2, 'url']`) once a file is known. */
export interface FieldProblem {
  path: (string | number)[];
  message: string;
  hint: string;
  /** Default: error. */
  severity?: Diagnostic['severity'];
}


/** The closing line of a check: how many briefings, errors and warnings. */
export function summarizeDiagnostics(diagnostics: readonly Diagnostic[], briefings: number): string {
  const errors = diagnostics.filter((finding) => finding.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const found = diagnostics.length ? `${plural(errors, 'error')}, ${plural(warnings, 'warning')}` : 'no problems';
  return `Checked ${plural(briefings, 'briefing')}: ${found}.`;
}
