import type { CitationIndex } from './citations';
import { formatDay, isoDay } from './dates';
import { hostLabel, publisherName } from './sources';

/** A source as written in frontmatter and validated. */
export interface SourceRecord {
  id: string;
  title: string;
  url: string;
  publisher?: string | undefined;
  published?: Date | undefined;
  quote?: string | undefined;
  note?: string | undefined;
  kind: string;
}

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
  note?: string;
  kind: string;
  refIds: string[];
}

/** The Sources list: every cited source in order of first citation, with what a reader sees of it. */
export function listCitedSources(
  sources: readonly SourceRecord[],
  citations: CitationIndex,
  publishersByDomain: Readonly<Record<string, string>>,
  locale: string,
): CitedSource[] {
  const byId = new Map(sources.map((source) => [source.id, source]));
  return citations.order.flatMap((id, index) => {
    const source = byId.get(id);
    if (!source) return [];
    const { title, url, published, quote, note, kind } = source;
    return [
      {
        id,
        number: index + 1,
        title,
        url,
        host: hostLabel(url),
        publisher: publisherName(source, publishersByDomain),
        ...(published && { published: { iso: isoDay(published), text: formatDay(published, locale) } }),
        ...(quote && { quote }),
        ...(note && { note }),
        kind,
        refIds: citations.refs[id] ?? [],
      },
    ];
  });
}
