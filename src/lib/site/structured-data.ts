import { isoDay } from './dates.ts';

/** A cited source as structured data needs it. */
export interface CitedWork {
  title: string;
  url: string;
  publisher: string;
  published?: { iso: string } | undefined;
}

/** What a briefing's `NewsArticle` says. */
export interface NewsArticleFacts {
  headline: string;
  description: string;
  /** The briefing's canonical URL, absolute. */
  url: string;
  /** Its share image, absolute. */
  image: string;
  datePublished: Date;
  dateModified: Date;
  lang: string;
  publisher: { name: string; url: string };
  /** Who wrote it, as the byline names them; `url` is their author page, absolute. */
  authors: readonly { name: string; url: string; kind: 'person' | 'organization' }[];
  /** Display names of its topics. */
  topics: readonly string[];
  /** Every source it cites, in citation order. */
  sources: readonly CitedWork[];
}

const organization = (name: string, url?: string) => ({ '@type': 'Organization', name, ...(url && { url }) });

/** A byline's author as a schema.org `Person` or `Organization`, with their author page. */
function author({ name, url, kind }: NewsArticleFacts['authors'][number]) {
  return { '@type': kind === 'person' ? 'Person' : 'Organization', name, url };
}

/** One cited source as a schema.org `CreativeWork`. */
export function citedWork(source: CitedWork) {
  return {
    '@type': 'CreativeWork',
    name: source.title,
    url: source.url,
    publisher: organization(source.publisher),
    ...(source.published && { datePublished: source.published.iso }),
  };
}

/** A briefing as a schema.org `NewsArticle`, with every cited source under `citation`. */
export function newsArticle(facts: NewsArticleFacts) {
  const publisher = organization(facts.publisher.name, facts.publisher.url);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: facts.headline,
    description: facts.description,
    url: facts.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': facts.url },
    image: [facts.image],
    datePublished: isoDay(facts.datePublished),
    dateModified: isoDay(facts.dateModified),
    inLanguage: facts.lang,
    isAccessibleForFree: true,
    author: facts.authors.map(author),
    publisher,
    about: facts.topics.map((name) => ({ '@type': 'Thing', name })),
    citation: facts.sources.map(citedWork),
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element. `<`, `>` and `&` are written as
 * JSON escapes, so no value (a source title with `</script>` in it) can end the element or
 * open markup; U+2028 and U+2029 likewise, for old JavaScript parsers.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
