import { registrableDomain } from './sources.ts';
import { plural } from '../text/plural.ts';

/** What counting coverage needs to know about a source. */
export interface CoverageSource {
  url: string;
  kind?: string | undefined;
}

/** How widely a briefing is sourced: cited sources, distinct publishers, and how many are primary. */
export interface Coverage {
  sources: number;
  publishers: number;
  primary: number;
}

/** What a question's answer rests on: its sources in citation order, and whether one publisher stands behind them all. */
export interface QuestionEvidence<S extends CoverageSource> {
  sources: S[];
  singleSource: boolean;
  /** What the answer rests on, in words: "3 sources from 2 publishers: soumith.ch, pytorch.org". */
  summary: string;
}

/**
 * Who stands behind a source: its site (registrable domain, so engineering.fb.com and
 * opensource.fb.com are one publisher), except that social posts count by account, since two
 * people posting on one platform are two voices.
 */
export function publisherKey({ url, kind }: CoverageSource): string {
  const domain = registrableDomain(url);
  const account = kind === 'social' ? new URL(url).pathname.split('/').find(Boolean) : undefined;
  return account ? `${domain}/${account.toLowerCase()}` : domain;
}

/** How many distinct publishers stand behind the sources. */
export function countPublishers(sources: readonly CoverageSource[]): number {
  return new Set(sources.map(publisherKey)).size;
}

/** True when there are sources and one publisher stands behind all of them. */
export function isSingleSource(sources: readonly CoverageSource[]): boolean {
  return sources.length > 0 && countPublishers(sources) === 1;
}

/** Counts a briefing's cited sources, their publishers and the primary ones. */
export function summarizeCoverage(sources: readonly CoverageSource[]): Coverage {
  return {
    sources: sources.length,
    publishers: countPublishers(sources),
    primary: sources.filter((source) => source.kind === 'primary').length,
  };
}

/** The coverage line readers see above the Sources list, e.g. "12 sources from 7 publishers · 7 primary". */
export function describeCoverage({ sources, publishers, primary }: Coverage): string {
  return `${plural(sources, 'source')} from ${plural(publishers, 'publisher')} · ${primary} primary`;
}

/** What a set of sources amounts to, in words: "3 sources from 2 publishers: soumith.ch, pytorch.org". */
export function describeEvidence(sources: readonly CoverageSource[]): string {
  const publishers = [...new Set(sources.map(publisherKey))];
  const from = publishers.length === 1 ? 'one publisher' : plural(publishers.length, 'publisher');
  return `${plural(sources.length, 'source')} from ${from}: ${publishers.join(', ')}`;
}

/** The evidence under one answer, from the ids of the sources it cites in citation order. */
function questionEvidence<S extends CoverageSource>(
  sourceIds: readonly string[],
  sourcesById: ReadonlyMap<string, S>,
): QuestionEvidence<S> {
  const sources = sourceIds.flatMap((id) => sourcesById.get(id) ?? []);
  return { sources, singleSource: isSingleSource(sources), summary: describeEvidence(sources) };
}

/** The evidence under each answer of a briefing, by question id. */
export function evidenceByQuestion<S extends CoverageSource>(
  questions: readonly { id: string; sources: readonly string[] }[],
  sourcesById: ReadonlyMap<string, S>,
): Map<string, QuestionEvidence<S>> {
  return new Map(questions.map(({ id, sources }) => [id, questionEvidence(sources, sourcesById)]));
}
