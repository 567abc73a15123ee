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
    asset: (path: string) => page(path),
    absolute: (path: string) => new URL(path, site).href,
  };
}
