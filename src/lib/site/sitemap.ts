const MODIFIED_META = /<meta property="article:modified_time" content="([^"]+)"/;

/** The `article:modified_time` a built page declares in its head, if it is an article. */
export function declaredModified(html: string): string | undefined {
  return MODIFIED_META.exec(html)?.[1];
}

/**
 * The built file serving a page URL, relative to the output folder:
 * `https://site.example/news/archive/` under `https://site.example/news/` → `archive/index.html`.
 */
export function builtPagePath(pageUrl: string, siteRoot: string): string {
  const root = new URL(siteRoot).pathname;
  const path = decodeURI(new URL(pageUrl).pathname).slice(root.length);
  return `${path}${path && !path.endsWith('/') ? '/' : ''}index.html`;
}

/** robots.txt: every page may be crawled, and the sitemap says where they are. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
