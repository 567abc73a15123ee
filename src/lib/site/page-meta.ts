import { memoize } from './memoize.ts';
import { stripCitations } from '../citations/citations.ts';
import { isoDay, lastModified } from './dates.ts';
import type { FeedLink } from './feeds.ts';

/** A page's share image as link previews read it: absolute URL, text alternative and size. */
export interface ShareImage {
  url: string;
  alt: string;
  width: number;
  height: number;
}

/** Open Graph facts of an article page. */
export interface ArticleMeta {
  publishedTime: string;
  modifiedTime: string;
  section?: string;
  tags: string[];
}

/** What a page's head tells browsers, link previews and search engines about it. */
export interface HeadMeta {
  title: string;
  description: string;
  /** Absolute URL of the page that owns this content; default: the page itself. */
  canonical?: string;
  /** Feeds besides the site's own that this page announces, e.g. a topic's. */
  feeds?: FeedLink[] | undefined;
  /** Default: the site's share image. */
  image?: ShareImage;
  /** Present on article pages, which makes `og:type` "article". */
  article?: ArticleMeta;
  /** JSON-LD, serialized by `serializeJsonLd`. */
  structuredData?: string;
  /** True for a page with no address of its own (the 404 page): no canonical or `og:url`, not indexed. */
  unlisted?: boolean;
}

/** A briefing's description: its dek, else its first key point without citation markers. */
export function briefingDescription(data: { dek?: string | undefined; keyPoints: readonly string[] }): string {
  return data.dek ?? stripCitations(data.keyPoints[0] ?? '');
}

/** The Open Graph facts of a briefing; its first topic is its section. */
export function articleMeta(
  data: { date: Date; updated?: Date | undefined },
  topicNames: readonly string[],
): ArticleMeta {
  const [section] = topicNames;
  return {
    publishedTime: isoDay(data.date),
    modifiedTime: isoDay(lastModified(data)),
    ...(section !== undefined && { section }),
    tags: [...topicNames],
  };
}

/** `og:locale` from a BCP 47 language: `en` gives `en_US`, `pt-BR` gives `pt_BR`. Worked out once per language: every page asks. */
export const ogLocale = memoize((lang) => {
  const { language, region } = new Intl.Locale(lang).maximize();
  return region ? `${language}_${region}` : language;
});
