import { dayParts, isoDay } from '../site/dates.ts';
import type { SearchFilterName } from './search-state.ts';
import { registrableDomain } from '../sources/sources.ts';

/** What a briefing page tells the search index besides its text. */
export interface SearchRecord {
  /** Result metadata: title, publication day (`YYYY-MM-DD`), dek, and the share image if there is one. */
  meta: { name: 'title' | 'date' | 'dek' | 'image' | 'image_alt'; value: string }[];
  /** Values a reader can filter by: topic names, the year, the domains of cited sources. */
  filters: { name: SearchFilterName; value: string }[];
  /** Pagefind's sort key, `date:YYYY-MM-DD`, so results can be listed newest first. */
  sort: string;
}

/** What the index needs to know about one briefing. */
export interface SearchRecordInput {
  title: string;
  dek?: string | undefined;
  date: Date;
  topicNames: readonly string[];
  citedUrls: readonly string[];
  image?: { url: string; alt: string } | undefined;
}

/** The metadata, filter values and sort key of a briefing, for its page to hand to Pagefind. */
export function searchRecord({ title, dek, date, topicNames, citedUrls, image }: SearchRecordInput): SearchRecord {
  const day = isoDay(date);
  const publishers = [...new Set(citedUrls.map(registrableDomain))].sort();
  return {
    meta: [
      { name: 'title', value: title },
      { name: 'date', value: day },
      ...(dek ? [{ name: 'dek' as const, value: dek }] : []),
      ...(image
        ? [
            { name: 'image' as const, value: image.url },
            { name: 'image_alt' as const, value: image.alt },
          ]
        : []),
    ],
    filters: [
      ...topicNames.map((value) => ({ name: 'topic' as const, value })),
      { name: 'year', value: dayParts(date).year },
      ...publishers.map((value) => ({ name: 'publisher' as const, value })),
    ],
    sort: `date:${day}`,
  };
}
