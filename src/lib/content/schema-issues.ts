import type { z } from 'astro/zod';
import { briefingSchema, sourceSchema } from './briefing-schema.ts';
import type { FieldProblem } from './diagnostics.ts';
import { suggestClosest } from './suggest.ts';
import { plural } from '../text/plural.ts';

type Issue = z.core.$ZodIssue;
type Path = (string | number)[];

/** What a list's entries are called, so that `['sources', 2]` reads "source 3". */
const LIST_ITEMS: Record<string, string> = {
  sources: 'source',
  keyPoints: 'key point',
  topics: 'topic',
  corrections: 'correction',
};

/** How a missing field is written, for the hint, by its path without list indexes. */
const EXAMPLES: Record<string, string> = {
  title: 'title: "The headline"',
  date: 'date: 2026-05-23',
  keyPoints: 'keyPoints: then one to five lines such as  - "A key point [@source-id]."',
  'sources.id': 'id: a-short-name',
  'sources.title': 'title: "The source\'s own title"',
  'sources.url': 'url: https://…',
};

/** What a schema type is called in plain words, and how to write one. */
const EXPECTED: Record<string, { name: string; hint: string }> = {
  string: { name: 'text', hint: 'write the text in double quotes' },
  array: { name: 'a list', hint: 'write the entries as [first, second], or one per line starting with "  - "' },
  boolean: { name: 'true or false', hint: 'write true or false, without quotes' },
  object: { name: 'a group of fields', hint: 'write one field per line, indented under it' },
  number: { name: 'a number', hint: 'write the number without quotes' },
};

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'empty';
  if (typeof value === 'object') return 'a group of fields';
  return typeof value === 'string' ? `the text "${value}"` : String(value);
}

/** `Field "title"`, `Field "url" of source 3`, `Key point 2`: the subject of a message. */
function subject(path: Path): string {
  const [list, index, field] = path;
  if (typeof index !== 'number') return `Field "${path.join('.')}"`;
  const noun = LIST_ITEMS[String(list)] ?? `${String(list)} entry`;
  const item = `${noun} ${index + 1}`;
  return field === undefined ? item.replace(/^./, (c) => c.toUpperCase()) : `Field "${String(field)}" of ${item}`;
}

function valueAt(data: unknown, path: Path): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<string | number, unknown> | undefined)?.[key], data);
}

function fieldsAt(path: Path): string[] {
  return Object.keys(path[0] === 'sources' ? sourceSchema.shape : briefingSchema.shape);
}

function missing(path: Path): Omit<FieldProblem, 'path'> {
  const example = EXAMPLES[path.filter((key) => typeof key === 'string').join('.')];
  const fallback = `add a value after "${String(path.at(-1))}:"`;
  return { message: `${subject(path)} is missing.`, hint: example ? `add it: ${example}` : fallback };
}

function wrongType(issue: Extract<Issue, { code: 'invalid_type' }>, path: Path, value: unknown) {
  if (value === undefined || value === null) return missing(path);
  const { name, hint } = EXPECTED[issue.expected] ?? {
    name: issue.expected,
    hint: 'see "Writing a briefing" in README.md',
  };
  return { message: `${subject(path)} should be ${name}, not ${kindOf(value)}.`, hint };
}

function tooSmall(issue: Extract<Issue, { code: 'too_small' }>, path: Path) {
  if (issue.origin === 'array') {
    return {
      message: `${subject(path)} needs at least ${plural(Number(issue.minimum), 'entry', 'entries')}.`,
      hint: `add an entry: a line "  - …" under ${String(path.at(-1))}:`,
    };
  }
  return { message: `${subject(path)} is empty.`, hint: 'write a value, or remove the field if it is optional' };
}

function tooBig(issue: Extract<Issue, { code: 'too_big' }>, path: Path, value: unknown) {
  const count = Array.isArray(value) ? value.length : 0;
  return {
    message: `${subject(path)} has ${count} entries; at most ${Number(issue.maximum)} are allowed.`,
    hint: `remove ${count - Number(issue.maximum)}: keep the strongest, and make the rest part of the text`,
  };
}

function badFormat(issue: Extract<Issue, { code: 'invalid_format' }>, path: Path, value: unknown) {
  const what = issue.format === 'date' ? 'not a real day written YYYY-MM-DD' : 'not in the form this field needs';
  return { message: `${subject(path)} is "${String(value)}", which is ${what}.`, hint: issue.message };
}

function badOption(issue: Extract<Issue, { code: 'invalid_value' }>, path: Path, value: unknown) {
  const options = issue.values.map(String);
  const closest = suggestClosest(String(value), options);
  return {
    message: `${subject(path)} is "${String(value)}", which is not one of ${options.join(', ')}.`,
    hint: closest ? `did you mean "${closest}"?` : 'use one of the values listed',
  };
}

function unknownFields(issue: Extract<Issue, { code: 'unrecognized_keys' }>, path: Path): FieldProblem[] {
  const where = path.length ? ` in ${subject(path).toLowerCase()}` : '';
  return issue.keys.map((key) => {
    const closest = suggestClosest(key, fieldsAt(path));
    return {
      path: [...path, key],
      message: `Unknown field "${key}"${where}.`,
      hint: `${closest ? `did you mean "${closest}"? ` : ''}fields are listed in README.md under "Writing a briefing"`,
    };
  });
}

function explainIssue(issue: Issue, data: unknown): FieldProblem[] {
  const path = issue.path.filter((key) => typeof key !== 'symbol') as Path;
  const value = valueAt(data, path);
  const at = (problem: Omit<FieldProblem, 'path'>): FieldProblem[] => [{ path, ...problem }];
  switch (issue.code) {
    case 'invalid_type':
      return at(wrongType(issue, path, value));
    case 'too_small':
      return at(tooSmall(issue, path));
    case 'too_big':
      return at(tooBig(issue, path, value));
    case 'invalid_format':
      return at(badFormat(issue, path, value));
    case 'invalid_value':
      return at(badOption(issue, path, value));
    case 'unrecognized_keys':
      return unknownFields(issue, path);
    case 'custom':
      // A rule of the schema's own (such as checkCorrections), whose message already says what to do.
      return at({ message: issue.message, hint: 'see "Writing a briefing" in README.md' });
    default:
      return at({ message: `${subject(path)}: ${issue.message}.`, hint: 'see "Writing a briefing" in README.md' });
  }
}

/** Every way the frontmatter breaks the schema, in words a writer can act on, each with its field path. */
export function explainSchemaIssues(issues: readonly Issue[], data: unknown): FieldProblem[] {
  return issues.flatMap((issue) => explainIssue(issue, data));
}
