import type { CitationIndex } from '../citations/citations.ts';
import { formatDay, isoDay } from '../site/dates.ts';
import type { SourceData, SourceKind } from '../content/briefing-schema.ts';
import { hostLabel, kindLabel, publisherName } from './sources.ts';
import { textFragmentUrl } from '../citations/text-fragments.ts';
import { availabilityOf, type LockEntry } from './source-lock.ts';

/** A cited source ready to show: its number, labels and the chips that cite it. */
export interface CitedSource {
  id: string;
  number: number;
  title: string;
  url: string;
  host: string;
  publisher: string;
  /** Who wrote or said it, when the source names them. */
  author?: string;
  published?: { iso: string; text: string };
  quote?: string;
  /** The original, opened scrolled to the quote (a text fragment). */
  quoteUrl?: string;
  note?: string;
  archived?: string;
  /** What the title opens: the archived copy once the original is gone, else the original. */
  href: string;
  /** Whether the last check found the original: unknown until `npm run verify` has reached it. */
  availability: 'available' | 'unavailable' | 'unknown';
  /** The day of the last check that reached the page; absent while unchecked. */
  checked?: { iso: string; text: string };
  kind: SourceKind;
  kindLabel: string;
  refIds: string[];
}

/** When a source was checked and whether its original is there, from its lock entry; an archived copy goes first once the original is gone. */
function checkView(url: string, archived: string | undefined, entry: LockEntry | undefined, locale: string) {
  const availability = availabilityOf(entry);
  const href = availability === 'unavailable' && archived ? archived : url;
  const checked = entry?.checked && entry.status !== 'unchecked' ? new Date(`${entry.checked}T00:00:00Z`) : undefined;
  return {
    href,
    availability,
    ...(checked && { checked: { iso: isoDay(checked), text: formatDay(checked, locale) } }),
  };
}

/** The Sources list: every cited source in order of first citation, with what a reader sees of it and its last check. */
export function listCitedSources(
  sources: readonly SourceData[],
  citations: CitationIndex,
  publishersByDomain: Readonly<Record<string, string>>,
  locale: string,
  checks: Readonly<Record<string, LockEntry>> = {},
): CitedSource[] {
  const byId = new Map(sources.map((source) => [source.id, source]));
  return citations.order.flatMap((id, index) => {
    const source = byId.get(id);
    if (!source) return [];
    const { title, url, author, published, quote, note, archived, kind } = source;
    const view = checkView(url, archived, checks[url], locale);
    return [
      {
        id,
        number: index + 1,
        title,
        url,
        host: hostLabel(url),
        publisher: publisherName(source, publishersByDomain),
        ...(author && { author }),
        ...(published && { published: { iso: isoDay(published), text: formatDay(published, locale) } }),
        ...(quote && { quote, quoteUrl: textFragmentUrl(view.href, quote, locale) }),
        ...(note && { note }),
        ...(archived && { archived }),
        ...view,
        kind,
        kindLabel: kindLabel(kind),
        refIds: citations.refs[id] ?? [],
      },
    ];
  });
}
