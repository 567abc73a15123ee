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
  if (citing.length < 2) return [];
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

// The dev server compares every briefing's sources on each save: parsing 60,000 URLs each time cost 100 ms.
const addressKeys = new Map<string, string>();

/**
 * What two spellings of one address have in common: the host without `www.`, and the path and
 * query without a final slash and in lower case (paths are case-sensitive, but two briefings
 * citing `/blog/PyTorchfoundation/` and `/blog/pytorchfoundation/` mean one page).
 */
export function addressKey(url: string): string {
  const known = addressKeys.get(url);
  if (known !== undefined) return known;
  let key = url;
  try {
    const { hostname, pathname, search } = new URL(url);
    key = `${hostname.replace(/^www\./, '')}${pathname.replace(/\/+$/, '')}${search}`.toLowerCase();
  } catch {
    // Not a web address: the check reports it elsewhere; as a key, it stands for itself.
  }
  addressKeys.set(url, key);
  return key;
}

function spellingWarnings(citing: readonly Citing[]): Diagnostic[] {
  const urls = new Set(citing.map(({ source }) => String(source['url'])));
  if (urls.size < 2) return [];
  return citing.map(({ file, index, source, locate }) => ({
    file,
    position: locate(['sources', index, 'url']),
    severity: 'warning' as const,
    message: `Source "${shown(source['id'])}" cites ${shown(source['url'])}, which other briefings write as ${[...urls]
      .filter((url) => url !== source['url'])
      .join(', ')}.`,
    hint: 'use one address for one page everywhere: the one that opens it (npm run verify reports where each redirects)',
  }));
}

/**
 * A warning at each briefing that describes a shared URL differently from another briefing, or
 * writes the address of a page another briefing cites in another spelling.
 */
export function checkSharedSources(briefings: readonly BriefingSources[]): Diagnostic[] {
  const citing = briefings.flatMap(({ file, sources, locate }) =>
    sources.map((source, index) => ({ file, index, source: source as unknown as Record<string, unknown>, locate })),
  );
  const byUrl = Map.groupBy(citing, ({ source }) => String(source['url']));
  const byAddress = Map.groupBy(citing, ({ source }) => addressKey(String(source['url'])));
  return [
    ...[...byUrl].flatMap(([url, group]) => warningsFor(url, group)),
    ...[...byAddress.values()].flatMap(spellingWarnings),
  ];
}
