import { monthId } from './archive.ts';
import { FEED_FORMATS, type FeedFormat } from './feeds.ts';
import { questionPath } from './permalinks.ts';

/** The file name of a page's share image, beside the page (the `og.png.ts` routes make them). */
const SHARE_IMAGE_FILE = 'og.png';

/** The query parameter Pagefind adds to search result links; the page it opens highlights its words. */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

/**
 * A search result's link (root-relative, as Pagefind gives it) with the words its page is to
 * highlight in place of any it had; without words, with none.
 */
export function highlightUrl(url: string, words: readonly string[]): string {
  const link = new URL(url, 'https://site.invalid');
  link.searchParams.delete(HIGHLIGHT_PARAM);
  for (const word of words) link.searchParams.append(HIGHLIGHT_PARAM, word);
  return `${link.pathname}${link.search}${link.hash}`;
}

/** Joins the site's base path (`/` or `/news/`) and a site-relative path. */
export function withBase(base: string, path: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${path.replace(/^\/+/, '')}`;
}

/** Every URL the site links to, in one place, so URL shapes are written once. */
export function createUrls(base: string, site: URL) {
  const page = (path: string) => withBase(base, path);
  return {
    home: () => page(''),
    briefing: (permalink: string) => page(permalink),
    question: (permalink: string, questionId: string) => `${page(permalink)}#${questionId}`,
    /** The small page a shared question link opens, which previews the question and leads to it. */
    questionPage: (permalink: string, questionId: string) => page(questionPath(permalink, questionId)),
    /** The share image of the page at a site-relative path (`''` for the site's default image). */
    shareImage: (pagePath: string) => page(`${pagePath}${SHARE_IMAGE_FILE}`),
    asset: (path: string) => page(path),
    archive: () => page('archive/'),
    archiveYear: (year: string) => page(`archive/${year}/`),
    archiveMonth: (year: string, month: string) => `${page(`archive/${year}/`)}#${monthId(year, month)}`,
    topics: () => page('topics/'),
    topic: (slug: string) => page(`topics/${slug}/`),
    topicFeed: (slug: string, format: FeedFormat) => page(`topics/${slug}/${FEED_FORMATS[format].file}`),
    publishers: () => page('sources/'),
    publisher: (domain: string) => page(`sources/${domain}/`),
    author: (slug: string) => page(`authors/${slug}/`),
    about: () => page('about/'),
    methodology: () => page('methodology/'),
    corrections: () => page('corrections/'),
    feed: (format: FeedFormat) => page(FEED_FORMATS[format].file),
    /** The search page; `query` is a serialized search state such as `?q=triton`. */
    search: (query = '') => `${page('search/')}${query}`,
    /** A file of the search index and its scripts, which Pagefind writes under `pagefind/`. */
    pagefind: (file: string) => page(`pagefind/${file}`),
    sitemap: () => page('sitemap-index.xml'),
    absolute: (path: string) => new URL(path, site).href,
  };
}
