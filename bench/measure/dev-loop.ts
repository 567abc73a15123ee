import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startDevServer } from '../../scripts/lib/dev-server.ts';
import { briefingPath, briefingSlug } from '../../src/lib/site/permalinks.ts';
import type { SyntheticBriefing } from '../lib/corpus.ts';

/** One `astro dev` session of a writer: milliseconds to each thing they wait for. */
export interface DevLoopRun {
  /** From `npm run dev` until the server prints its address. */
  readyMs: number;
  /** From then until the briefing's page is first served. */
  firstPageMs: number;
  /** From each saved edit of the text until the page, asked for again, shows it. */
  editMs: number[];
  /** From saving a mistake (an unknown source) until the page shows the error. */
  errorMs: number;
  /** From saving the fix until the page is back. */
  fixMs: number;
}

const EDITS = 5;
const POLL_MS = 20;

/** The address of a synthetic briefing's page, as the site builds it from its date and file name. */
function pagePath(briefing: SyntheticBriefing): string {
  const date = /^date: (\d{4}-\d\d-\d\d)$/m.exec(briefing.text)?.[1];
  if (!date) throw new Error(`No date in ${briefing.path}.`);
  return briefingPath(new Date(date), briefingSlug(briefing.path.replace(/\.mdx$/, '')));
}

/** Asks for `url` every 20 ms until `done` holds for its answer; the milliseconds that took. */
async function waitFor(url: string, done: (status: number, html: string) => boolean, timeoutMs = 120_000) {
  const start = performance.now();
  for (;;) {
    const response = await fetch(url).catch(() => null);
    const html = (await response?.text()) ?? '';
    if (response && done(response.status, html)) return performance.now() - start;
    if (performance.now() - start > timeoutMs) {
      throw new Error(`${url} did not change within ${timeoutMs} ms: ${response?.status} ${html.slice(0, 200)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/**
 * A writer's loop over the content folder, from a cold start (an empty cache folder): start the
 * dev server, open the briefing, save five edits of its text, save a mistake, save its fix.
 */
export async function measureDevLoop(
  content: string,
  briefing: SyntheticBriefing,
  cacheDir: string,
  port: number,
): Promise<DevLoopRun> {
  rmSync(cacheDir, { recursive: true, force: true });
  const env = { ...process.env, CONTENT_DIR: content, CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1' };
  const file = join(content, briefing.path);
  const written = readFileSync(file, 'utf8');
  const start = performance.now();
  const server = await startDevServer(port, env);
  try {
    const readyMs = performance.now() - start;
    const page = server.url + pagePath(briefing);
    const firstPageMs = await waitFor(page, (status) => status === 200);
    const editMs: number[] = [];
    for (let edit = 1; edit <= EDITS; edit++) {
      const word = `benchedit${edit}x${Date.now()}`;
      writeFileSync(file, `${written}\nA sentence the writer just added, ${word}.\n`);
      editMs.push(await waitFor(page, (status, html) => status === 200 && html.includes(word)));
    }
    writeFileSync(file, `${written}\nA claim from nowhere [@no-such-source].\n`);
    // The page lists the briefing's errors in place of the briefing.
    const errorMs = await waitFor(page, (status, html) => status === 500 && html.includes('no-such-source'));
    writeFileSync(file, written);
    const fixMs = await waitFor(page, (status) => status === 200);
    return { readyMs, firstPageMs, editMs, errorMs, fixMs };
  } finally {
    await server.stop();
    writeFileSync(file, written);
  }
}
