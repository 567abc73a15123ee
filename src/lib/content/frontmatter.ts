import * as jsYaml from 'js-yaml';
import { CORE_SCHEMA, load, type Type, type YAMLException } from 'js-yaml';
import { parseDocument, type Document, type YAMLError } from 'yaml';
import type { OffsetFinding } from './diagnostics.ts';

/** A briefing file cut at its frontmatter. */
export interface FrontmatterBlock {
  /** The YAML between the `---` lines. */
  yaml: string;
  /** Where the YAML starts in the file. */
  offset: number;
  /** Where the body starts: the line after the closing `---`. */
  end: number;
  /** The file with the frontmatter blanked to spaces, as Astro's MDX compiler sees it: offsets match the file. */
  body: string;
}

const BLOCK = /^(\uFEFF?---[ \t]*\r?\n)([\s\S]*?)^---[ \t]*$/m;
const OPENING = /^\uFEFF?---[ \t]*\r?$/m;

/** Splits a briefing file into its YAML frontmatter and body, or says why it cannot. */
export function splitFrontmatter(text: string): FrontmatterBlock | OffsetFinding {
  const match = BLOCK.exec(text);
  if (match?.index === 0) {
    const [block, opening = '', yaml = ''] = match;
    const body = block.replace(/[^\r\n]/g, ' ') + text.slice(block.length);
    const end = Math.min(block.length + 1, text.length);
    return { yaml, offset: opening.length, end, body };
  }
  const opened = OPENING.exec(text)?.index === 0;
  return {
    offset: 0,
    message: opened ? 'The frontmatter is not closed.' : 'The briefing has no frontmatter.',
    hint: opened
      ? 'end the frontmatter with a line holding only ---, before the text starts'
      : 'start the file with a line ---, the fields (title:, date:, keyPoints:, sources:), then another ---; `npm run new` writes a template',
  };
}

/** What a YAML error means for a writer, by the parser's error code. */
const YAML_HINTS: Record<string, string> = {
  DUPLICATE_KEY: 'each field may appear once: remove or merge the second one',
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  BAD_INDENT: 'line up fields of the same level with the same number of spaces',
  MISSING_CHAR: 'close the quote: text that opens with " must end with "',
  BAD_DQ_ESCAPE: 'in double quotes a backslash starts an escape: write \\\\ for a backslash, or use single quotes',
  MULTILINE_IMPLICIT_KEY: 'a field name and its colon stay on one line: put long text after the colon, in quotes',
  BAD_ALIAS: 'a *name refers to an &name written above it: check the spelling, or write the value out',
  BAD_SCALAR_START: 'text that starts with @, ` or % goes inside double quotes',
  MULTIPLE_DOCS: 'the frontmatter ends at the second line holding only ---: remove the extra ---',
  RESOURCE_EXHAUSTION: 'the frontmatter repeats itself through aliases too often: write the values out',
};
const YAML_HINT =
  'put text that contains ": " or " #", or starts with a quote, [ or {, inside double quotes; indent with spaces';

/** The parsed frontmatter: its data, and where each field is written. */
export interface ParsedFrontmatter {
  data: Record<string, unknown>;
  /** The YAML document with positions: parsed on first use, since only files with findings need it. */
  document: () => Document.Parsed;
}

function yamlProblem(error: YAMLError, offset: number): OffsetFinding {
  const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.message;
  return {
    offset: offset + error.pos[0],
    message: `The frontmatter is not valid YAML: ${reason.replace(/\.?$/, '.')}`,
    hint: YAML_HINTS[error.code] ?? YAML_HINT,
  };
}

/** Why YAML that Astro's parser (js-yaml) rejects is wrong: the `yaml` parser says where and why more plainly. */
function yamlProblems({ yaml, offset }: FrontmatterBlock, error: YAMLException): OffsetFinding[] {
  const detailed = parseDocument(yaml).errors;
  if (detailed.length) return detailed.map((problem) => yamlProblem(problem, offset));
  const message = `The frontmatter is not valid YAML: ${error.reason.replace(/\.?$/, '.')}`;
  return [{ offset: offset + error.mark.position, message, hint: YAML_HINT }];
}

// js-yaml's types are exported at run time, though its type declarations do not say so.
const { merge } = (jsYaml as unknown as { types: { merge: Type } }).types;

/**
 * The one YAML configuration briefings are read with. YAML 1.2's core types, as Astro's parser
 * reads them; merge keys (`<<: *defaults`) merged, as Astro does; days kept as the text written
 * (Astro hands over a Date, and the schema accepts both: see `briefing-schema.ts`); duplicate
 * keys, tabs as indentation and characters YAML forbids are errors, as they are for Astro.
 */
export const BRIEFING_YAML = CORE_SCHEMA.extend({ implicit: [merge] });

function lazily<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/**
 * Parses the YAML of a frontmatter block as Astro does (js-yaml, and fast), except that days
 * stay the text written, so the schema can tell 2026-02-30 from a real day.
 */
export function parseFrontmatter(block: FrontmatterBlock): ParsedFrontmatter | OffsetFinding[] {
  let data: unknown;
  try {
    data = load(block.yaml, { schema: BRIEFING_YAML });
  } catch (error) {
    return yamlProblems(block, error as YAMLException);
  }
  if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
    const hint = 'write one field per line, as name: value';
    return [{ offset: block.offset, message: 'The frontmatter is not a list of fields.', hint }];
  }
  return { data: (data ?? {}) as Record<string, unknown>, document: lazily(() => parseDocument(block.yaml)) };
}

/** A source as written, before validation: what citation checks need of it. */
export interface RawSource {
  id: string;
  url: string;
  archived?: string;
  kind?: string;
  /** The verbatim passage, which a pull quote or post card must show as written. */
  quote?: unknown;
}

function isRawSource(value: unknown): value is RawSource {
  const source = value as Partial<RawSource> | null;
  return typeof source?.id === 'string' && typeof source.url === 'string';
}

const isString = (item: unknown): item is string => typeof item === 'string';

function listOf<T>(value: unknown, keep: (item: unknown) => item is T): T[] {
  return Array.isArray(value) ? value.filter(keep) : [];
}

/** The sources, key points and topics of raw frontmatter, so they are checked whatever else is wrong with it. */
export function rawFields(data: Record<string, unknown>) {
  return {
    sources: listOf(data['sources'], isRawSource),
    keyPoints: listOf(data['keyPoints'], isString),
    topics: listOf(data['topics'], isString),
    authors: listOf(data['authors'], isString),
  };
}
