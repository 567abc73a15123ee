/**
 * Measures search on the built site: the index's size on disk, the bytes a browser fetches for a
 * first query from a reading page (the home page, or `--page briefings/…/`), and the time from keystroke to first result in Chromium
 * (median of several runs, each in a fresh browser context, so nothing is cached).
 *
 *   npm run build && npm run measure:search -- --runs 9 --query pytorch --port 4480
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './lib/chromium.ts';
import { median } from '../bench/lib/stats.ts';

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    query: { type: 'string', default: 'pytorch' },
    'second-query': { type: 'string', default: 'triton' },
    port: { type: 'string', default: '4480' },
    dist: { type: 'string', default: 'dist' },
    // Any reading page: every page has the header search box and loads no search code until it is used.
    page: { type: 'string', default: '' },
  },
});

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((path) => join(folder, path))
    .filter((path) => statSync(path).isFile());
}

/** Pagefind's output by role: the index itself, the engine this site loads, and UI bundles it never loads. */
function indexSizes(dist: string): Record<string, number> {
  const roleOf = (name: string) =>
    /-ui\.(js|css)$/.test(name)
      ? 'unused Pagefind UI bundles'
      : /\.js$|^wasm\./.test(name)
        ? 'engine (JS, WebAssembly)'
        : 'index';
  const sizes: Record<string, number> = {};
  for (const file of filesUnder(join(dist, 'pagefind'))) {
    const role = roleOf(file.split('/').pop() ?? '');
    sizes[role] = (sizes[role] ?? 0) + statSync(file).size;
  }
  return sizes;
}

const answers = (url: string) =>
  fetch(url).then(
    (response) => response.ok,
    () => false,
  );

async function startPreview(port: string): Promise<ChildProcess> {
  if (await answers(`http://localhost:${port}/`))
    throw new Error(`Port ${port} is taken: pass --port with a free one.`);
  const preview = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'preview', '--port', port, '--ignore-lock'],
    { stdio: 'ignore' },
  );
  for (let tries = 0; tries < 100; tries++) {
    if (await answers(`http://localhost:${port}/`)) return preview;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  preview.kill();
  throw new Error(`astro preview did not start on port ${port}.`);
}

/** Resolves with the milliseconds from the next keystroke in the header search to results in its list. */
function armTimer(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        setTimeout(() => reject(new Error('No results within 10 s of typing.')), 10_000);
        const list = document.querySelector('#site-search-results');
        let typed = 0;
        document.addEventListener('keydown', () => (typed ||= performance.now()), { capture: true, once: true });
        new MutationObserver((_, observer) => {
          if (!typed || !list?.querySelector('[role="option"]')) return;
          observer.disconnect();
          resolve(performance.now() - typed);
        }).observe(list ?? document, { childList: true, subtree: true });
      }),
  );
}

interface Run {
  coldMs: number;
  warmMs: number;
  fetched: string[];
}

async function measureOnce(browser: Browser, origin: string): Promise<Run> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/${options.page}`, { waitUntil: 'networkidle' });
  const fetched: string[] = [];
  page.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));
  const input = page.locator('[data-search-input]');
  const cold = armTimer(page);
  await input.focus();
  await page.keyboard.type(options.query);
  const coldMs = await cold;
  await page.waitForLoadState('networkidle');
  const files = [...fetched];
  await input.fill('');
  const warm = armTimer(page);
  await page.keyboard.type(options['second-query']);
  const warmMs = await warm;
  await context.close();
  return { coldMs, warmMs, fetched: files };
}

function describeFetched(dist: string, paths: string[]): string {
  const files = [...new Set(paths)].map((path) => join(dist, path)).filter(existsSync);
  const raw = files.reduce((sum, file) => sum + statSync(file).size, 0);
  const gzip = files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
  const list = files.map((file) => `    ${file.slice(dist.length)}  ${kb(statSync(file).size)}`).join('\n');
  return `${files.length} files, ${kb(raw)} raw, ${kb(gzip)} gzipped\n${list}`;
}

async function main(): Promise<void> {
  const { dist, port, query } = options;
  if (!existsSync(join(dist, 'pagefind', 'pagefind.js')))
    throw new Error(`No index in ${dist}/: run npm run build first.`);
  const sizes = indexSizes(dist);
  const preview = await startPreview(port);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const runs: Run[] = [];
    for (let run = 0; run < Number(options.runs); run++)
      runs.push(await measureOnce(browser, `http://localhost:${port}`));
    const cold = runs.map(({ coldMs }) => coldMs);
    const warm = runs.map(({ warmMs }) => warmMs);
    console.log(`Index on disk (${dist}/pagefind/):`);
    for (const [role, bytes] of Object.entries(sizes)) console.log(`  ${role}: ${kb(bytes)}`);
    console.log(
      `\nFetched for a first query ("${query}") from ${options.page ? `/${options.page}` : 'the home page'}: ${describeFetched(dist, runs[0]?.fetched ?? [])}`,
    );
    console.log(
      `\nKeystroke to first result, cold (focus, then type; ${runs.length} runs): median ${median(cold).toFixed(0)} ms, range ${Math.min(...cold).toFixed(0)}–${Math.max(...cold).toFixed(0)} ms`,
    );
    console.log(
      `Keystroke to results, index loaded ("${options['second-query']}"): median ${median(warm).toFixed(0)} ms, range ${Math.min(...warm).toFixed(0)}–${Math.max(...warm).toFixed(0)} ms`,
    );
    console.log('Both include the search box’s short pause after the last keystroke (TYPING_DELAY_MS).');
  } finally {
    await browser.close();
    const exited = new Promise((resolve) => preview.once('exit', resolve));
    preview.kill();
    await exited;
  }
}

await main();
