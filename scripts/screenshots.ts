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
import { PAGE_TYPES, READING_WIDTHS } from './lib/page-types.ts';

const PORT = Number(process.env['SCREENSHOT_PORT'] ?? 5190);
const THEMES = ['light', 'dark'] as const;

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
  const pages = Object.entries(PAGE_TYPES).filter(([name]) => !only || only.includes(name));
  mkdirSync(folder, { recursive: true });
  const server = spawn('npx', ['astro', 'preview', '--port', String(PORT), '--ignore-lock'], {
    stdio: 'ignore',
    detached: true,
  });
  const base = `http://localhost:${PORT}/`;
  try {
    await waitForServer(base);
    const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
    for (const theme of THEMES) {
      for (const width of READING_WIDTHS) {
        const context = await browser.newContext({
          viewport: { width, height: 900 },
          colorScheme: theme,
          // Phones are touch screens: no hover, and the chips open sheets.
          ...(width < 768 && { hasTouch: true, isMobile: true }),
        });
        const page = await context.newPage();
        for (const [name, path] of pages) {
          await page.goto(base + path, { waitUntil: 'networkidle' });
          await page.evaluate(() => document.fonts.ready);
          await page.screenshot({
            path: join(folder, `${name.replaceAll(' ', '-')}-${width}-${theme}.png`),
            fullPage: true,
          });
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
