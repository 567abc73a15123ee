import type { CitationIndex } from '../citations/citations.ts';
import { formatDay, isoDay } from '../site/dates.ts';
import type { SourceData, SourceKind } from '../content/briefing-schema.ts';
import { hostLabel, kindLabel, publisherName } from './sources.ts';
import { textFragmentUrl } from '../citations/text-fragments.ts';

/** A cited source ready to show: its number, labels and the chips that cite it. */
export interface CitedSource {
  id: string;
  number: number;
  title: string;
  url: string;
  host: string;
  publisher: string;
  published?: { iso: string; text: string };
  quote?: string;
  /** The original, opened scrolled to the quote (a text fragment). */
  quoteUrl?: string;
  note?: string;
  archived?: string;
  kind: SourceKind;
  kindLabel: string;
  refIds: string[];
}

/** The Sources list: every cited source in order of first citation, with what a reader sees of it. */
export function listCitedSources(
  sources: readonly SourceData[],
  citations: CitationIndex,
  publishersByDomain: Readonly<Record<string, string>>,
  locale: string,
): CitedSource[] {
  const byId = new Map(sources.map((source) => [source.id, source]));
  return citations.order.flatMap((id, index) => {
    const source = byId.get(id);
    if (!source) return [];
    const { title, url, published, quote, note, archived, kind } = source;
    return [
      {
        id,
        number: index + 1,
        title,
        url,
        host: hostLabel(url),
        publisher: publisherName(source, publishersByDomain),
        ...(published && { published: { iso: isoDay(published), text: formatDay(published, locale) } }),
        ...(quote && { quote, quoteUrl: textFragmentUrl(url, quote, locale) }),
        ...(note && { note }),
        ...(archived && { archived }),
        kind,
        kindLabel: kindLabel(kind),
        refIds: citations.refs[id] ?? [],
      },
    ];
  });
}
