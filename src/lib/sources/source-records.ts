/**
 * One source, one record: a URL cited by several briefings should be described the same way in
 * each (title, publisher, kind, date), or readers see one page under two names.
 */
import type { Diagnostic } from '../content/diagnostics.ts';
import type { RawSource } from '../content/frontmatter.ts';
import type { SourcePosition } from '../content/positions.ts';

/** The fields that describe a page, compared across briefings. */
const RECORD_FIELDS = ['title', 'publisher', 'kind', 'published'] as const;

/** One briefing's sources and where their fields are written. */
export interface BriefingSources {
  file: string;
  sources: readonly RawSource[];
  locate: (path: readonly (string | number)[]) => SourcePosition;
}

interface Citing {
  file: string;
  index: number;
  source: Record<string, unknown>;
  locate: BriefingSources['locate'];
}

// Astro's YAML reading gives dates, the check's gives the text: compare what a writer wrote.
const shown = (value: unknown) =>
  value instanceof Date ? value.toISOString().slice(0, 10) : value === undefined ? '(none)' : String(value);

function differences(citing: readonly Citing[]) {
  return RECORD_FIELDS.filter((field) => new Set(citing.map(({ source }) => shown(source[field]))).size > 1);
}

function warningsFor(url: string, citing: readonly Citing[]): Diagnostic[] {
  const fields = differences(citing);
  if (!fields.length) return [];
  return citing.flatMap(({ file, index, source, locate }) => {
    const others = citing.filter((other) => other.file !== file);
    if (!others.length) return [];
    const field = fields[0] ?? 'title';
    const described = (other: Citing) => fields.map((name) => `${name} ${shown(other.source[name])}`).join(', ');
    const theirs = others.map((other) => `${other.file}: ${described(other)}`).join('; ');
    return [
      {
        file,
        position: locate(['sources', index, field in source ? field : 'url']),
        severity: 'warning' as const,
        message: `Source "${shown(source['id'])}" (${url}) is described differently in another briefing: ${fields.join(', ')} differ (${theirs}).`,
        hint: 'give one URL one title, publisher, kind and date in every briefing that cites it',
      },
    ];
  });
}

/** A warning at each briefing that describes a shared URL differently from another briefing. */
export function checkSharedSources(briefings: readonly BriefingSources[]): Diagnostic[] {
  const byUrl = Map.groupBy(
    briefings.flatMap(({ file, sources, locate }) =>
      sources.map((source, index) => ({ file, index, source: source as unknown as Record<string, unknown>, locate })),
    ),
    ({ source }) => String(source['url']),
  );
  return [...byUrl].flatMap(([url, citing]) => warningsFor(url, citing));
}
