import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';

/** Where Astro keeps its incremental-build manifest and the pages it may restore (astro/dist/core/build/incremental.js). */
const MANIFEST = 'incremental-build.json';
const STORED_PAGES = 'dist/';
const UNFINISHED = 'incremental-build.unfinished';

/** Forgets the pages stored by earlier builds, so the next build renders every page. */
function forgetStoredPages(cacheDir: URL): void {
  rmSync(new URL(MANIFEST, cacheDir), { force: true });
  rmSync(new URL(STORED_PAGES, cacheDir), { recursive: true, force: true });
}

/**
 * Astro stores each page as it renders it, but the keys that say which build a stored page
 * belongs to only once every page is rendered. A build stopped in between (an error, a
 * cancelled CI job) leaves pages the keys do not describe, which a later build could restore
 * as stale. So a build marks itself unfinished until it is done, and the build after an
 * unfinished one starts from no stored pages.
 */
export function incrementalGuard(): AstroIntegration {
  let marker: URL | undefined;
  return {
    name: 'briefing:incremental-guard',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.experimental.incrementalBuild) marker = new URL(UNFINISHED, config.cacheDir);
      },
      'astro:build:start': () => {
        if (!marker) return;
        if (existsSync(marker)) forgetStoredPages(new URL('./', marker));
        mkdirSync(new URL('./', marker), { recursive: true });
        writeFileSync(marker, '');
      },
      'astro:build:done': () => {
        if (marker) rmSync(marker, { force: true });
      },
    },
  };
}
