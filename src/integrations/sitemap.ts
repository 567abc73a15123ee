import sitemap from '@astrojs/sitemap';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { builtPagePath, declaredModified } from '../lib/sitemap';

/**
 * The sitemap, with `lastmod` for every briefing. The date is read from the built page's
 * `article:modified_time`, so the sitemap says exactly what the page says, from one rule
 * (lib/dates `lastModified`) and without reading the content a second time.
 */
export function briefingSitemap(settings: { site: string; base: string; outDir: string }) {
  const siteRoot = new URL(settings.base, settings.site).href;
  const readModified = (pageUrl: string) => {
    try {
      return declaredModified(readFileSync(join(resolve(settings.outDir), builtPagePath(pageUrl, siteRoot)), 'utf8'));
    } catch {
      return undefined; // Not a built HTML page (a custom entry): it simply gets no lastmod.
    }
  };
  return sitemap({
    serialize(item) {
      const lastmod = readModified(item.url);
      return lastmod ? { ...item, lastmod } : item;
    },
  });
}
