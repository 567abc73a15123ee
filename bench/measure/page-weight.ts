import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { listPageAssets, listStaticImports } from '../lib/page-assets.ts';

/** Bytes of a file as stored and as a server would send it gzip-compressed. */
export interface Weight {
  raw: number;
  gzip: number;
}

/** What a reader downloads to open one page: its HTML, and the CSS and JS it loads by itself. */
export interface PageWeight {
  html: Weight;
  css: Weight;
  js: Weight;
  total: Weight;
}

const weigh = (bytes: Buffer): Weight => ({ raw: bytes.length, gzip: gzipSync(bytes).length });
const add = (a: Weight, b: Weight): Weight => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const NOTHING: Weight = { raw: 0, gzip: 0 };

/** The file in `dist` that a site-absolute URL (or one relative to `fromFile`) names. */
function fileFor(dist: string, url: string, fromFile: string): string {
  const path = url.split(/[?#]/)[0] ?? '';
  return path.startsWith('/') ? join(dist, path) : join(dirname(fromFile), path);
}

/** Every module a page's scripts load, following static imports from one chunk to the next. */
function scriptClosure(dist: string, page: string, urls: readonly string[]): string[] {
  const files = urls.map((url) => fileFor(dist, url, page));
  for (let i = 0; i < files.length; i++) {
    const file = files[i] ?? '';
    for (const url of listStaticImports(readFileSync(file, 'utf8'))) {
      const next = fileFor(dist, url, file);
      if (!files.includes(next)) files.push(next);
    }
  }
  return files;
}

/** Weighs a built page (`page` is its index.html) and everything it loads without being asked. */
export function weighPage(dist: string, page: string): PageWeight {
  const html = readFileSync(page);
  const assets = listPageAssets(html.toString('utf8'));
  const css = assets.css.map((url) => weigh(readFileSync(fileFor(dist, url, page)))).reduce(add, NOTHING);
  const js = scriptClosure(dist, page, assets.js)
    .map((file) => weigh(readFileSync(file)))
    .reduce(add, NOTHING);
  const htmlWeight = weigh(html);
  return { html: htmlWeight, css, js, total: [htmlWeight, css, js].reduce(add, NOTHING) };
}

/** Total bytes of the files under a folder, 0 when it does not exist. */
export function folderBytes(folder: string): number {
  try {
    return readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
  } catch {
    return 0;
  }
}

/** The index.html of the page whose folder is named `slug`, searched anywhere under `dist`. */
export function findPage(dist: string, slug: string): string | undefined {
  const found = readdirSync(dist, { recursive: true, encoding: 'utf8' }).find(
    (path) => path.endsWith(`/${slug}/index.html`) || path === `${slug}/index.html`,
  );
  return found && join(dist, found);
}
