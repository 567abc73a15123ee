import type { SourcePosition } from './positions';

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

/** Thrown when a briefing has errors; its message lists every finding, one per line. */
export class ContentError extends Error {
  readonly diagnostics: readonly Diagnostic[];

  constructor(diagnostics: readonly Diagnostic[]) {
    const count = diagnostics.length === 1 ? '1 problem' : `${diagnostics.length} problems`;
    super(`Briefing has ${count}:\n${diagnostics.map(formatDiagnostic).join('\n')}`);
    this.name = 'ContentError';
    this.diagnostics = diagnostics;
  }
}
