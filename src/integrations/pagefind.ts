import type { AstroIntegration, HookParameters } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { BRIEFING_PAGES_GLOB } from '../lib/site/permalinks.ts';

type BuildDone = Pick<HookParameters<'astro:build:done'>, 'dir' | 'logger'>;

/** Builds the search index at the end of `astro build`, so the deploy build is `npm run build` alone. */
export function pagefindIntegration(): AstroIntegration {
  return { name: 'briefing:pagefind', hooks: { 'astro:build:done': indexSite } };
}

/**
 * Runs Pagefind over the built briefing pages in `dir` and writes the index to `dir/pagefind/`. Briefing
 * pages mark what is indexed (data-pagefind-body), their filters and their sort key. Any
 * Pagefind error fails the build, so a site never ships without its search.
 */
export async function indexSite({ dir, logger }: BuildDone): Promise<void> {
  const started = performance.now();
  const site = fileURLToPath(dir);
  try {
    const { index } = checked(await pagefind.createIndex());
    if (!index) throw new Error('Pagefind did not start.');
    const { page_count: pages } = checked(await index.addDirectory({ path: site, glob: BRIEFING_PAGES_GLOB }));
    if (pages === 0) throw new Error(`no briefing pages were found in ${site}.`);
    checked(await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) }));
    logger.info(`Pagefind indexed ${pages} briefing pages in ${Math.round(performance.now() - started)} ms.`);
  } catch (error) {
    throw new Error(`Search indexing failed: ${(error as Error).message}`, { cause: error });
  } finally {
    await pagefind.close();
  }
}

/** The response, or an error carrying Pagefind's own messages. */
function checked<T extends { errors: string[] }>(response: T): T {
  if (response.errors.length > 0) throw new Error(response.errors.join('\n'));
  return response;
}
