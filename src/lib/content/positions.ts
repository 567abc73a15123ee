/** A 1-based line and column in a source file, as editors show them. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** The line and column of a character offset in `source`. */
export function positionAt(source: string, offset: number): SourcePosition {
  let line = 1;
  let lineStart = 0;
  for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** The character offset of a 1-based line and column in `source`. */
export function offsetAt(source: string, { line, column }: SourcePosition): number {
  let lineStart = 0;
  for (let n = 1; n < line; n++) {
    const next = source.indexOf('\n', lineStart);
    if (next === -1) break;
    lineStart = next + 1;
  }
  return lineStart + column - 1;
}
