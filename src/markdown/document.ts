import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastVisitorContext } from 'satteri';
import { createCitationNumbering } from '../lib/citations/citations.ts';
import type { Diagnostic, FieldProblem } from '../lib/content/diagnostics.ts';
import type { BriefingOutline } from '../lib/citations/outline.ts';
import { rawFields, type RawSource } from '../lib/content/frontmatter.ts';
import { locateFrontmatterField } from '../lib/content/frontmatter-positions.ts';
import { positionAt, type SourcePosition } from '../lib/content/positions.ts';

/** Per-document state shared by the briefing plugins during one compile. */
export interface BriefingDocument {
  file: string;
  /** The file as compiled: frontmatter is blanked out, offsets match the file on disk. */
  source: string;
  fileURL: URL | undefined;
  sources: RawSource[];
  keyPoints: string[];
  topics: string[];
  numbering: ReturnType<typeof createCitationNumbering>;
  diagnostics: Diagnostic[];
  outline: BriefingOutline;
}

declare module 'satteri' {
  interface DataMap {
    briefing: BriefingDocument;
  }
}

/** The state of the document being compiled, created on first use. */
export function briefingDocument(ctx: MdastVisitorContext): BriefingDocument {
  const existing = ctx.data.briefing;
  if (existing) return existing;
  const frontmatter: Record<string, unknown> = ctx.data.astro?.frontmatter ?? {};
  const outline: BriefingOutline = { keyPoints: [], citations: { order: [], refs: {} }, questions: [] };
  const document: BriefingDocument = {
    file: ctx.fileURL ? relative(process.cwd(), fileURLToPath(ctx.fileURL)) : '<unknown file>',
    source: ctx.source,
    fileURL: ctx.fileURL,
    ...rawFields(frontmatter),
    numbering: createCitationNumbering(),
    diagnostics: [],
    outline,
  };
  frontmatter['outline'] = outline;
  ctx.data.briefing = document;
  return document;
}

/** A character offset in the body, or a way to find a frontmatter field (only looked up when reported). */
export type Location = number | (() => SourcePosition);

/** Records a finding at a location in the document. */
export function report(
  document: BriefingDocument,
  at: Location,
  finding: Pick<Diagnostic, 'severity' | 'message' | 'hint'>,
): void {
  const position = typeof at === 'number' ? positionAt(document.source, at) : at();
  document.diagnostics.push({ file: document.file, position, ...finding });
}

/** Where a frontmatter field is written, read from the file itself since the compiler blanks frontmatter. */
export function frontmatterPosition(document: BriefingDocument, path: readonly (string | number)[]): SourcePosition {
  const fileSource = document.fileURL ? readFileSync(document.fileURL, 'utf8') : '';
  return locateFrontmatterField(fileSource, path);
}

/** Records a finding about a frontmatter field at the line that field is written on. */
export function reportField(
  document: BriefingDocument,
  { path, severity = 'error', message, hint }: FieldProblem,
): void {
  report(document, () => frontmatterPosition(document, path), { severity, message, hint });
}
