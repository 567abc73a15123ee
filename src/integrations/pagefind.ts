import type { AstroIntegration, HookParameters } from 'astro';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { PAGES_PER_PART, searchParts, SEARCH_PARTS_FILE, type SearchPart } from '../lib/search/search-parts.ts';
import { BRIEFING_PAGES_GLOB } from '../lib/site/permalinks.ts';

type BuildDone = Pick<HookParameters<'astro:build:done'>, 'dir' | 'logger'>;

/** What a merged part keeps: the search page loads Pagefind's scripts and WebAssembly from the first part only. */
const PART_FILES = /^(pagefind-entry\.json|pagefind\..+\.pf_meta|index|fragment|filter)$/;

/** Builds the search index at the end of `astro build`, so the deploy build is `npm run build` alone. */
export function pagefindIntegration(): AstroIntegration {
  return { name: 'briefing:pagefind', hooks: { 'astro:build:done': indexSite } };
}

/** The folders of the built briefing pages under `site` (BRIEFING_PAGES_GLOB), relative, with a trailing slash. */
function briefingPages(site: string): string[] {
  const [file = 'index.html', ...folders] = BRIEFING_PAGES_GLOB.split('/').reverse();
  let found = [''];
  for (const name of folders.reverse()) {
    found = found.flatMap((path) => {
      if (name !== '*') return existsSync(join(site, path, name)) ? [`${path}${name}/`] : [];
      const entries = readdirSync(join(site, path), { withFileTypes: true });
      return entries.filter((entry) => entry.isDirectory()).map((entry) => `${path}${entry.name}/`);
    });
  }
  return found.filter((path) => existsSync(join(site, path, file)));
}

/** Indexes one part's pages and writes it to `output`; a merged part keeps only its index files. */
async function writePart(site: string, { folder, pages }: SearchPart<string>, output: string): Promise<void> {
  const { index } = checked(await pagefind.createIndex());
  if (!index) throw new Error('Pagefind did not start.');
  const url = (path: string) => `/${path}`;
  await Promise.all(
    pages.map(async (path) =>
      checked(
        await index.addHTMLFile({ url: url(path), content: readFileSync(join(site, path, 'index.html'), 'utf8') }),
      ),
    ),
  );
  checked(await index.writeFiles({ outputPath: join(output, folder) }));
  await index.deleteIndex();
  if (!folder) return;
  for (const name of readdirSync(join(output, folder))) {
    if (!PART_FILES.test(name)) rmSync(join(output, folder, name), { recursive: true });
  }
}

/**
 * Runs Pagefind over the built briefing pages in `dir` and writes the index to `dir/pagefind/`,
 * in parts for a large archive (src/lib/search/search-parts.ts) listed in `pagefind/parts.json`.
 * Briefing pages mark what is indexed (data-pagefind-body), their filters and their sort key.
 * Any Pagefind error fails the build, so a site never ships without its search.
 */
export async function indexSite({ dir, logger }: BuildDone, perPart = PAGES_PER_PART): Promise<void> {
  const started = performance.now();
  const site = fileURLToPath(dir);
  const output = fileURLToPath(new URL('pagefind/', dir));
  try {
    const pages = briefingPages(site);
    if (pages.length === 0) throw new Error(`no briefing pages were found in ${site}.`);
    const parts = searchParts(pages, (path) => path, perPart);
    for (const part of parts) await writePart(site, part, output);
    writeFileSync(join(output, SEARCH_PARTS_FILE), JSON.stringify(parts.slice(1).map(({ folder }) => folder)));
    const elapsed = Math.round(performance.now() - started);
    logger.info(`Pagefind indexed ${pages.length} briefing pages in ${parts.length} part(s) in ${elapsed} ms.`);
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
