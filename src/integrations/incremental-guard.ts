import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** Where Astro keeps its incremental-build manifest and the pages it may restore (astro/dist/core/build/incremental.js). */
const MANIFEST = 'incremental-build.json';
const STORED_PAGES = 'dist/';
const UNFINISHED = 'incremental-build.unfinished';
/** The file names of the last build's scripts and stylesheets. */
const CLIENT_ASSETS = 'incremental-build.client-assets.json';

/** Forgets the pages stored by earlier builds, so the next build renders every page. */
function forgetStoredPages(cacheDir: URL): void {
  rmSync(new URL(MANIFEST, cacheDir), { force: true });
  rmSync(new URL(STORED_PAGES, cacheDir), { recursive: true, force: true });
}

/**
 * A stored page names the scripts and stylesheets of the build that rendered it, by file names
 * that change with their content; Astro restores it when the page's own code is unchanged, even
 * though a script it loads changed and its old file is gone. So when the client build's file
 * names differ from the last build's, no stored page is restored.
 */
function clientAssetsGuard(cacheDir: () => URL | undefined): Plugin {
  return {
    name: 'briefing:client-assets-guard',
    generateBundle(_options, bundle) {
      const dir = cacheDir();
      if (!dir || this.environment.name !== 'client') return;
      const record = new URL(CLIENT_ASSETS, dir);
      const names = JSON.stringify(Object.keys(bundle).sort());
      if (existsSync(record) && readFileSync(record, 'utf8') === names) return;
      forgetStoredPages(dir);
      mkdirSync(dir, { recursive: true });
      writeFileSync(record, names);
    },
  };
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
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [clientAssetsGuard(() => marker && new URL('./', marker))] } });
      },
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
