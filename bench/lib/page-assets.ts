/** What a page loads by itself when it opens: stylesheets and scripts (not what it imports on demand). */
export interface PageAssets {
  css: string[];
  js: string[];
}

/** The attributes of one HTML start tag, lower-cased names. */
function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const pattern = /([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
  for (const [, name = '', double, single, bare] of tag.matchAll(pattern)) {
    attributes.set(name.toLowerCase(), double ?? single ?? bare ?? '');
  }
  return attributes;
}

/** Stylesheets, scripts and module preloads that an HTML page references, in document order. */
export function listPageAssets(html: string): PageAssets {
  const assets: PageAssets = { css: [], js: [] };
  for (const [tag = '', name = ''] of html.matchAll(/<(link|script)\b[^>]*>/gi)) {
    const attributes = attributesOf(tag.slice(name.length + 1));
    const rel = attributes.get('rel')?.toLowerCase();
    const href = attributes.get('href');
    const src = attributes.get('src');
    if (name.toLowerCase() === 'script' && src) assets.js.push(src);
    else if (rel === 'stylesheet' && href) assets.css.push(href);
    else if (rel === 'modulepreload' && href) assets.js.push(href);
  }
  return { css: [...new Set(assets.css)], js: [...new Set(assets.js)] };
}

/** The modules an ES module imports or re-exports statically, so they load with it (`import()` is on demand). */
export function listStaticImports(code: string): string[] {
  const found = [...code.matchAll(/\b(?:import|export)\s*(?:[\w*{}\s,$]+?\s*from\s*)?["']([^"']+)["']/g)].map(
    ([, url]) => url ?? '',
  );
  return [...new Set(found.filter(Boolean))];
}
