/**
 * Writes a full-page screenshot of every page type at every reading width, light and dark, to
 * one folder for review by eye: `npm run screenshots [-- <folder> [<page>,<page>…]]` (default:
 * screenshots/, every page).
 * It serves the last build (`dist/`, or OUT_DIR) with `astro preview`, so build first.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './lib/chromium.ts';

const PORT = Number(process.env['SCREENSHOT_PORT'] ?? 5190);
const WIDTHS = [320, 375, 768, 1280] as const;
const THEMES = ['light', 'dark'] as const;
/** One page of each type, and the longest briefing. */
const PAGES: Record<string, string> = {
  home: '',
  briefing: 'briefings/2026/05/23/soumith-chintala-infrastructure/',
  'briefing-long': 'briefings/2023/03/15/pytorch-2-0-released/',
  question: 'briefings/2026/05/23/soumith-chintala-infrastructure/q/what-exactly-is-pytorch-in-this-story/',
  archive: 'archive/',
  year: 'archive/2017/',
  topics: 'topics/',
  topic: 'topics/pytorch/',
  publishers: 'sources/',
  publisher: 'sources/pytorch.org/',
  search: 'search/?q=pytorch',
  'not-found': 'no-such-page/',
};

async function waitForServer(url: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`No server answered at ${url}.`);
}

async function main(): Promise<void> {
  const folder = resolve(process.argv[2] ?? 'screenshots');
  const only = process.argv[3]?.split(',');
  const pages = Object.entries(PAGES).filter(([name]) => !only || only.includes(name));
  mkdirSync(folder, { recursive: true });
  const server = spawn('npx', ['astro', 'preview', '--port', String(PORT)], { stdio: 'ignore', detached: true });
  const base = `http://localhost:${PORT}/`;
  try {
    await waitForServer(base);
    const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
    for (const theme of THEMES) {
      for (const width of WIDTHS) {
        const context = await browser.newContext({
          viewport: { width, height: 900 },
          colorScheme: theme,
          ...(width < 768 && { hasTouch: true, isMobile: true }),
        });
        const page = await context.newPage();
        for (const [name, path] of pages) {
          await page.goto(base + path, { waitUntil: 'networkidle' });
          await page.evaluate(() => document.fonts.ready);
          await page.screenshot({ path: join(folder, `${name}-${width}-${theme}.png`), fullPage: true });
        }
        await context.close();
      }
    }
    await browser.close();
    console.log(`Screenshots in ${folder}`);
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
}

await main();
