import sitemap from '@astrojs/sitemap';
import { closeSync, openSync, readSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isQuestionPath } from '../lib/site/permalinks.ts';
import { builtPagePath, declaredModified } from '../lib/site/sitemap.ts';

/**
 * The sitemap of canonical pages (not the questions' share pages, whose canonical is their
 * briefing), with `lastmod` for every briefing. The date is read from the built page's
 * `article:modified_time`, so the sitemap says exactly what the page says, from one rule
 * (lib/dates `lastModified`) and without reading the content a second time.
 */
export function briefingSitemap(settings: { site: string; base: string; outDir: string }) {
  const siteRoot = new URL(settings.base, settings.site).href;
  const readModified = (pageUrl: string) => {
    try {
      return declaredModified(readHead(join(resolve(settings.outDir), builtPagePath(pageUrl, siteRoot))));
    } catch {
      return undefined; // Not a built HTML page (a custom entry): it simply gets no lastmod.
    }
  };
  return sitemap({
    filter: (pageUrl) => !isQuestionPath(pageUrl.slice(siteRoot.length)),
    serialize(item) {
      const lastmod = readModified(item.url);
      return lastmod ? { ...item, lastmod } : item;
    },
  });
}

/** A built page up to the end of its `<head>`, where its dates are: a large archive's pages are not read whole. */
function readHead(file: string): string {
  const descriptor = openSync(file, 'r');
  try {
    const chunks: Buffer[] = [];
    for (let text = ''; !text.includes('</head>');) {
      const chunk = Buffer.alloc(16_384);
      const read = readSync(descriptor, chunk);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      text = chunk.toString('utf8', 0, read);
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    closeSync(descriptor);
  }
}
