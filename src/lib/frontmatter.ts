import { isMap, parseDocument, type Document, type YAMLError } from 'yaml';

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

/** A problem with the frontmatter block itself, at a character offset in the file. */
export interface FrontmatterProblem {
  offset: number;
  message: string;
  hint: string;
}

const BLOCK = /^(\uFEFF?---[ \t]*\r?\n)([\s\S]*?)^---[ \t]*$/m;
const OPENING = /^\uFEFF?---[ \t]*\r?$/m;

/** Splits a briefing file into its YAML frontmatter and body, or says why it cannot. */
export function splitFrontmatter(text: string): FrontmatterBlock | FrontmatterProblem {
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
};
const YAML_HINT =
  'put text that contains ": " or " #", or starts with a quote, [ or {, inside double quotes; indent with spaces';

/** The parsed frontmatter: the YAML document (for positions) and its data. */
export interface ParsedFrontmatter {
  document: Document.Parsed;
  data: Record<string, unknown>;
}

function yamlProblem(error: YAMLError, offset: number): FrontmatterProblem {
  const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.message;
  return {
    offset: offset + error.pos[0],
    message: `The frontmatter is not valid YAML: ${reason.replace(/\.?$/, '.')}`,
    hint: YAML_HINTS[error.code] ?? YAML_HINT,
  };
}

/** Parses the YAML of a frontmatter block; dates stay text as written, so the schema can check them. */
export function parseFrontmatter({ yaml, offset }: FrontmatterBlock): ParsedFrontmatter | FrontmatterProblem[] {
  const document = parseDocument(yaml, { keepSourceTokens: false });
  if (document.errors.length) return document.errors.map((error) => yamlProblem(error, offset));
  if (document.contents !== null && !isMap(document.contents)) {
    return [
      { offset, message: 'The frontmatter is not a list of fields.', hint: 'write one field per line, as name: value' },
    ];
  }
  return { document, data: (document.toJS() as Record<string, unknown> | null) ?? {} };
}

/** A source as written, before validation: what citation checks need of it. */
export interface RawSource {
  id: string;
  url: string;
}

function isRawSource(value: unknown): value is RawSource {
  const source = value as Partial<RawSource> | null;
  return typeof source?.id === 'string' && typeof source.url === 'string';
}

function listOf<T>(value: unknown, keep: (item: unknown) => item is T): T[] {
  return Array.isArray(value) ? value.filter(keep) : [];
}

/** The sources and key points of raw frontmatter, so citations are checked whatever else is wrong with it. */
export function citationFields(data: Record<string, unknown>): { sources: RawSource[]; keyPoints: string[] } {
  return {
    sources: listOf(data['sources'], isRawSource),
    keyPoints: listOf(data['keyPoints'], (item): item is string => typeof item === 'string'),
  };
}
