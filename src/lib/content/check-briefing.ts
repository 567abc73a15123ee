import { checkBody } from './body-checks.ts';
import { briefingSchema } from './briefing-schema.ts';
import { checkMarkers, checkUncitedSources } from '../citations/citation-checks.ts';
import { parseCitations } from '../citations/citations.ts';
import { checkDates } from './date-checks.ts';
import { isoDay } from '../site/dates.ts';
import type { Diagnostic, FieldProblem, OffsetFinding } from './diagnostics.ts';
import { rawFields, parseFrontmatter, splitFrontmatter, type ParsedFrontmatter } from './frontmatter.ts';
import { findFieldNode } from './frontmatter-positions.ts';
import { briefingPath, briefingSlug } from '../site/permalinks.ts';
import { positionAt, type SourcePosition } from './positions.ts';
import { explainSchemaIssues } from './schema-issues.ts';
import { checkSources } from '../sources/sources.ts';
import { checkSourceLock, type LockCheckSettings } from '../sources/lock-checks.ts';
import { checkSharedSources, type BriefingSources } from '../sources/source-records.ts';
import { checkTopics } from './topics.ts';
import { checkAuthors } from './authors.ts';

/** What the checks know beyond the file itself. */
export interface CheckContext {
  /** Topic slugs listed in content/topics.json. */
  topics: readonly string[];
  /** Author slugs listed in content/authors.json; default: authors are not checked. */
  authors?: readonly string[];
  /** Today, to warn about dates in the future. */
  today: Date;
  /** The lock file `npm run verify` writes, to warn about unverified, stale, failed and gone sources; default: no such warnings. */
  sourceLock?: Omit<LockCheckSettings, 'today'>;
}

/** One briefing file: the path to show, its entry id (`2026/05/my-story`) and its text. */
export interface BriefingFile {
  file: string;
  entryId: string;
  text: string;
}

/** A briefing's findings, and its permalink once its date and slug are sound. */
interface Inspection {
  diagnostics: Diagnostic[];
  /** Where the permalink is decided (`date:` or `slug:`) is located only if another briefing shares it. */
  permalink?: { path: string; locate: () => SourcePosition };
  /** Its sources, to compare with other briefings citing the same URLs. */
  sources?: BriefingSources;
}

const dayOf = (value: unknown) => briefingSchema.shape.date.safeParse(value).data;

function atOffset({ file, text }: BriefingFile) {
  return ({ offset, severity = 'error', message, hint }: OffsetFinding): Diagnostic => ({
    file,
    position: positionAt(text, offset),
    severity,
    message,
    hint,
  });
}

/** Where a field path is written in the file; the path `[]` means the file as a whole. */
function fieldLocator({ text }: BriefingFile, { document }: ParsedFrontmatter, yamlOffset: number) {
  return (path: readonly (string | number)[]): SourcePosition =>
    path.length
      ? positionAt(text, yamlOffset + (findFieldNode(document().contents, path)?.range?.[0] ?? 0))
      : { line: 1, column: 1 };
}

/** Citation markers in key points: their problems (at the key point) and the ids they cite. */
function checkKeyPoints(keyPoints: readonly string[], knownIds: readonly string[], cited: Set<string>): FieldProblem[] {
  return keyPoints.flatMap((keyPoint, index) => {
    const parsed = parseCitations(keyPoint);
    parsed.markers.forEach(({ ids }) => ids.forEach((id) => cited.add(id)));
    return checkMarkers(parsed, knownIds).map(({ message, hint }) => ({ path: ['keyPoints', index], message, hint }));
  });
}

/** The schema, sources, topics and dates: everything about the frontmatter but its citations. */
function checkFields(data: Record<string, unknown>, context: CheckContext): FieldProblem[] {
  const parsed = briefingSchema.safeParse(data);
  const { sources, topics, authors } = rawFields(data);
  return [
    ...(parsed.success ? [] : explainSchemaIssues(parsed.error.issues, data)),
    ...checkSources(sources),
    ...checkTopics(topics, context.topics),
    ...(context.authors ? checkAuthors(authors, context.authors) : []),
    ...checkDates({ date: dayOf(data['date']), updated: dayOf(data['updated']) }, context.today),
  ];
}

/** The permalink of a briefing whose date and slug are sound; a file name that cannot be one is an error. */
function permalinkOf(entryId: string, data: Record<string, unknown>): { path?: string; problem?: FieldProblem } {
  const override = typeof data['slug'] === 'string' ? data['slug'] : undefined;
  const slug = briefingSlug(entryId, override);
  const date = dayOf(data['date']);
  if (briefingSchema.shape.slug.safeParse(slug).success) return date ? { path: briefingPath(date, slug) } : {};
  if (override !== undefined) return {};
  const message = `The file name "${slug}" cannot be part of a permalink.`;
  const hint = 'rename the file to lowercase words joined by hyphens (my-story.mdx), or set slug: my-story';
  return { problem: { path: [], message, hint } };
}

/** Bytes that are not UTF-8 reach the check as U+FFFD: the rest of the file cannot be trusted to read as written. */
function unreadableBytes(text: string): OffsetFinding | undefined {
  const offset = text.indexOf('\uFFFD');
  if (offset === -1) return undefined;
  const hint = 'save the file as UTF-8 (in most editors: "Save with Encoding", UTF-8), then check again';
  return { offset, message: 'The file has bytes here that are not UTF-8 text.', hint };
}

function inspectBriefing(briefing: BriefingFile, context: CheckContext): Inspection {
  const fromOffset = atOffset(briefing);
  const unreadable = unreadableBytes(briefing.text);
  if (unreadable) return { diagnostics: [fromOffset(unreadable)] };
  const split = splitFrontmatter(briefing.text);
  if ('message' in split) return { diagnostics: [fromOffset(split)] };
  const frontmatter = parseFrontmatter(split);
  if (Array.isArray(frontmatter)) {
    const body = checkBody(split.body, null, split.end);
    return { diagnostics: [...frontmatter, ...body.findings].map(fromOffset) };
  }
  const { data } = frontmatter;
  const { sources, keyPoints } = rawFields(data);
  const knownIds = sources.map((source) => source.id);
  const body = checkBody(split.body, sources, split.end);
  const permalink = permalinkOf(briefing.entryId, data);
  const cited = new Set(body.cited);
  const keyPointProblems = checkKeyPoints(keyPoints, knownIds, cited); // adds what key points cite
  const problems = [
    ...checkFields(data, context),
    ...keyPointProblems,
    // Whether a source is cited is unknown while the body cannot be read.
    ...(body.cited ? checkUncitedSources(knownIds, cited) : []),
    ...(permalink.problem ? [permalink.problem] : []),
    ...(context.sourceLock ? checkSourceLock(sources, briefing.file, { ...context.sourceLock, today: context.today }) : []),
  ];
  const locate = fieldLocator(briefing, frontmatter, split.offset);
  const ownSources = { file: briefing.file, sources, locate };
  const fromField = ({ path, severity = 'error', message, hint }: FieldProblem): Diagnostic => ({
    file: briefing.file,
    position: locate(path),
    severity,
    message,
    hint,
  });
  const diagnostics = [...problems.map(fromField), ...body.findings.map(fromOffset)];
  if (!permalink.path) return { diagnostics, sources: ownSources };
  const field = data['slug'] === undefined ? 'date' : 'slug';
  return { diagnostics, sources: ownSources, permalink: { path: permalink.path, locate: () => locate([field]) } };
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file) || a.position.line - b.position.line || a.position.column - b.position.column;
}

/** Every finding about one briefing file, in the order they appear in it. */
export function checkBriefing(briefing: BriefingFile, context: CheckContext): Diagnostic[] {
  return [...inspectBriefing(briefing, context).diagnostics].sort(byPosition);
}

/** Two briefings at one permalink: an error at each, naming the others. */
function checkPermalinks(files: readonly BriefingFile[], inspections: readonly Inspection[]): Diagnostic[] {
  const byPath = Map.groupBy(
    inspections.flatMap(({ permalink }, index) =>
      permalink ? [{ ...permalink, file: files[index]?.file ?? '' }] : [],
    ),
    (entry) => entry.path,
  );
  return [...byPath.values()].flatMap((sharing) =>
    sharing.length < 2
      ? []
      : sharing.map(({ path, locate, file }) => ({
          file,
          position: locate(),
          severity: 'error' as const,
          message: `Permalink /${path} is also the permalink of ${sharing
            .filter((other) => other.file !== file)
            .map((other) => other.file)
            .join(', ')}.`,
          hint: 'give one of the briefings its own slug: slug: a-different-name',
        })),
  );
}

/**
 * Checks sets of briefing files, remembering each file's own findings until its text or the
 * context changes: `astro dev` checks every briefing on each edit, and most have not changed.
 */
export function createBriefingChecker() {
  const memo = new Map<string, { contextKey: string; entryId: string; text: string; inspection: Inspection }>();
  return (files: readonly BriefingFile[], context: CheckContext): Diagnostic[] => {
    const contextKey = `${isoDay(context.today)} ${context.topics.join(' ')} ${JSON.stringify(context.sourceLock ?? null)}`;
    const inspections = files.map((file) => {
      const known = memo.get(file.file);
      // Compared field by field: a text read once and kept is the same string, so this costs nothing.
      if (known?.contextKey === contextKey && known.entryId === file.entryId && known.text === file.text) {
        return known.inspection;
      }
      const inspection = inspectBriefing(file, context);
      memo.set(file.file, { contextKey, entryId: file.entryId, text: file.text, inspection });
      return inspection;
    });
    const own = inspections.flatMap((inspection) => inspection.diagnostics);
    const shared = checkSharedSources(inspections.flatMap((inspection) => inspection.sources ?? []));
    return [...own, ...checkPermalinks(files, inspections), ...shared].sort(byPosition);
  };
}

/** Every finding about a set of briefing files, including permalinks that two of them share. */
export function checkBriefings(files: readonly BriefingFile[], context: CheckContext): Diagnostic[] {
  return createBriefingChecker()(files, context);
}
