import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastVisitorContext } from 'satteri';
import { createCitationNumbering } from '../lib/citations/citations.ts';
import type { Diagnostic } from '../lib/content/diagnostics.ts';
import type { BriefingOutline } from '../lib/citations/outline.ts';
import { rawFields, type RawSource } from '../lib/content/frontmatter.ts';
import { positionAt } from '../lib/content/positions.ts';

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

/** A character offset in the body. */
export type Location = number;

/** Records a finding at a location in the document. */
export function report(
  document: BriefingDocument,
  at: Location,
  finding: Pick<Diagnostic, 'severity' | 'message' | 'hint'>,
): void {
  document.diagnostics.push({ file: document.file, position: positionAt(document.source, at), ...finding });
}
