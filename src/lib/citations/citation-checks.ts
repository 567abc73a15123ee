import type { MarkerProblem, ParsedCitations } from './citations.ts';
import type { FieldProblem } from '../content/diagnostics.ts';
import { isSingleSource, publisherKey, type CoverageSource } from '../sources/coverage.ts';
import { isHttpUrl } from '../sources/sources.ts';
import { showInvisible, suggestClosest } from '../content/suggest.ts';

/** Where a run of text sits: citations belong after claims, never in headings. */
export type TextPlace = 'text' | 'heading';

function unknownSource(id: string, start: number, knownIds: readonly string[]): MarkerProblem {
  const closest = suggestClosest(id, knownIds);
  const shown = showInvisible(id);
  return {
    start,
    message: `Unknown source "${shown}".`,
    hint: `${closest ? `did you mean "${closest}"? ` : ''}cite an id listed under sources:, or add a source with id "${shown}"`,
  };
}

/**
 * Everything wrong with the citation markers of one run of text, at offsets in that text:
 * malformed markers, a citation in a heading, ids that match no source (with a did-you-mean).
 * The Markdown plugin and the content check both judge markers here. `knownIds` is null
 * when the frontmatter could not be read: then ids are not judged.
 */
export function checkMarkers(
  parsed: ParsedCitations,
  knownIds: readonly string[] | null,
  place: TextPlace = 'text',
): MarkerProblem[] {
  const problems = [...parsed.problems];
  const [first] = parsed.markers;
  if (place === 'heading') {
    if (first) {
      const hint = 'move the citation into the answer, after the claim it supports';
      problems.push({ start: first.start, message: 'Citation in a heading.', hint });
    }
    return problems;
  }
  if (!knownIds) return problems;
  for (const { ids, start } of parsed.markers) {
    for (const id of ids) if (!knownIds.includes(id)) problems.push(unknownSource(id, start, knownIds));
  }
  return problems;
}

/** A warning for each source that nothing cites, at its `id:` line. */
export function checkUncitedSources(sourceIds: readonly string[], citedIds: ReadonlySet<string>): FieldProblem[] {
  return sourceIds.flatMap((id, index) =>
    citedIds.has(id)
      ? []
      : [
          {
            path: ['sources', index, 'id'],
            severity: 'warning' as const,
            message: `Source "${id}" is never cited.`,
            hint: `cite it with [@${id}] after the claim it supports, or remove it`,
          },
        ],
  );
}

/** The warning for a question whose answer cites no source. */
export function uncitedQuestion(question: string): { severity: 'warning'; message: string; hint: string } {
  return {
    severity: 'warning',
    message: `Question "${question}" cites no source.`,
    hint: 'add [@source-id] after the claims in its answer',
  };
}

/**
 * A warning for an answer that cites nothing, or only sources from one publisher (readers see
 * a "single source" mark on it); nothing for an answer with independent sources.
 */
export function checkQuestionSources(
  question: string,
  citedIds: readonly string[],
  sources: readonly (CoverageSource & { id: string })[],
): { severity: 'warning'; message: string; hint: string } | undefined {
  if (!citedIds.length) return uncitedQuestion(question);
  // Sources with a broken URL are errors of their own; they cannot say who the publisher is.
  const cited = sources.filter((source) => citedIds.includes(source.id) && isHttpUrl(source.url));
  const [first] = cited;
  if (!first || !isSingleSource(cited)) return undefined;
  return {
    severity: 'warning',
    message: `Question "${question}" rests on a single source (${publisherKey(first)}).`,
    hint: 'cite an independent second publisher if there is one; readers see a "single source" mark',
  };
}
