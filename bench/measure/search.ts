import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Request } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/lib/chromium.ts';
import { SEARCH_UI } from '../search-ui.ts';
import { serveStatic } from './static-server.ts';

/** A reader's first search on a freshly opened search page. */
export interface SearchTiming {
  word: string;
  /** From the first keystroke to the first result on screen; null when none appeared. */
  ms: number | null;
  /** Bytes fetched from the first keystroke until the results settle (index chunks, fragments, code). */
  bytes: number;
  /** The path of the first result's link once the results settle; null when none appeared. */
  first: string | null;
}

export interface SearchMeasurement {
  /** Bytes fetched to open the search page, before any typing. */
  pageBytes: number;
  common: SearchTiming;
  rare: SearchTiming;
  /** True when the rare word's search lists the one briefing that has it first. */
  rareFoundFirst: boolean;
}

const RESULT_TIMEOUT_MS = 30_000;
const SETTLE_MS = 1_000;

/** True when the build wrote a Pagefind index and a search page, so there is a search to measure. */
export function hasSearch(dist: string): boolean {
  return existsSync(join(dist, 'pagefind')) && existsSync(join(dist, SEARCH_UI.path, 'index.html'));
}

/** Transferred bytes (headers and encoded body) of finished requests. */
async function transferred(requests: readonly Request[]): Promise<number> {
  const sizes = await Promise.all(requests.map((request) => request.sizes()));
  return sizes.reduce((sum, size) => sum + size.responseHeadersSize + size.responseBodySize, 0);
}

/** Records finished requests into the list `sink()` returns at that moment. */
function recordRequests(context: BrowserContext, sink: () => Request[]): void {
  context.on('requestfinished', (request) => sink().push(request));
}

/** Opens the search page in a fresh browser context (empty cache) and times one typed word. */
async function searchOnce(
  browser: Browser,
  url: string,
  word: string,
): Promise<{ page: number; search: SearchTiming }> {
  const context = await browser.newContext();
  const loading: Request[] = [];
  const searching: Request[] = [];
  let typing = false;
  recordRequests(context, () => (typing ? searching : loading));
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  const input = page.locator(SEARCH_UI.input).first();
  await input.focus();
  await page.waitForTimeout(SETTLE_MS);
  await input.evaluate((element) =>
    element.addEventListener(
      'keydown',
      () => (document.documentElement.dataset['benchKey'] ??= `${performance.now()}`),
    ),
  );
  typing = true;
  const shown = page
    .waitForFunction((selector) => (document.querySelector(selector) ? performance.now() : 0), SEARCH_UI.result, {
      polling: 'raf',
      timeout: RESULT_TIMEOUT_MS,
    })
    .then((handle) => handle.jsonValue())
    .catch(() => null);
  await input.pressSequentially(word);
  const shownAt = await shown;
  const keyAt = Number(await page.evaluate(() => document.documentElement.dataset['benchKey']));
  await page.waitForTimeout(SETTLE_MS);
  const href = shownAt === null ? null : await page.locator(SEARCH_UI.result).first().getAttribute('href');
  const result = {
    page: await transferred(loading),
    search: {
      word,
      ms: shownAt === null ? null : Math.round(shownAt - keyAt),
      bytes: await transferred(searching),
      first: href === null ? null : new URL(href, url).pathname,
    },
  };
  await context.close();
  return result;
}

/**
 * Serves the built site locally and measures, in Chromium, a first search for a common word and
 * for a rare one (which only the briefing with slug `rareSlug` has); null when the site has no
 * search page or index yet.
 */
export async function measureSearch(dist: string, words: { common: string; rare: string; rareSlug: string }) {
  if (!hasSearch(dist)) return null;
  const { origin, server } = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const url = `${origin}/${SEARCH_UI.path}`;
    const common = await searchOnce(browser, url, words.common);
    const rare = await searchOnce(browser, url, words.rare);
    return {
      pageBytes: common.page,
      common: common.search,
      rare: rare.search,
      rareFoundFirst: rare.search.first?.endsWith(`/${words.rareSlug}/`) ?? false,
    } satisfies SearchMeasurement;
  } finally {
    await browser.close();
    server.close();
  }
}
