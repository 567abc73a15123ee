import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Where a build writes before it is known to have succeeded: beside `outDir`, so the swap is a rename. */
export function stagingDir(outDir: string): string {
  const final = resolve(outDir);
  return join(dirname(final), `.${basename(final)}-building`);
}

/** Puts the finished build in `outDir`: the previous site is moved aside, then removed. */
function swapIn(staging: string, final: string): void {
  const previous = `${staging}-previous`;
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(final)) renameSync(final, previous);
  renameSync(staging, final);
  rmSync(previous, { recursive: true, force: true });
}

/**
 * `astro build` writes into a staging folder and only a build that got to its end replaces
 * `outDir`, so a build that fails (a page that throws, the search index) leaves the previous
 * site as it was, for the host or a deploy step to keep serving. Must be the last integration:
 * the others' `astro:build:done` (sitemap, search index, headers) write into the staging folder.
 */
export function stagedOutput(outDir: string): AstroIntegration {
  const final = resolve(outDir);
  const staging = stagingDir(outDir);
  return {
    name: 'briefing:staged-output',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        // Past this hook the config is resolved: a folder is a file URL ending in a slash.
        if (command === 'build') updateConfig({ outDir: pathToFileURL(`${staging}/`) });
      },
      'astro:build:done': ({ logger }) => {
        swapIn(staging, final);
        logger.info(`The site is in ${outDir}.`);
      },
    },
  };
}
