import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { astroEnvironment, buildFixture, type BuildResult } from '../support/build-site.ts';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/lib/chromium.ts';
import { startDevServer, type DevServer } from '../../scripts/lib/dev-server.ts';

const DRAFT_TITLE = 'A draft nobody may read yet';
const DRAFT_PAGE = 'briefings/2026/02/01/draft-briefing/';
const PUBLISHED_PAGE = 'briefings/2026/01/15/pytorch-foundation/';

// One file, run in order: a build and a dev server that sync content side by side would share `.astro/`.
describe('drafts in the build', () => {
  let build: BuildResult;
  beforeAll(() => {
    build = buildFixture('tests/fixtures/clean');
  }, 120_000);
  afterAll(() => rmSync(build.outDir, { recursive: true, force: true }));

  test('are left out, while published briefings are built', () => {
    expect(build.status).toBe(0);
    expect(existsSync(join(build.outDir, PUBLISHED_PAGE, 'index.html'))).toBe(true);
    expect(existsSync(join(build.outDir, DRAFT_PAGE))).toBe(false);
  });

  test('are not listed on the home page', () => {
    expect(readFileSync(join(build.outDir, 'index.html'), 'utf8')).not.toContain(DRAFT_TITLE);
  });
});

describe('astro dev', () => {
  const contentDir = mkdtempSync(join(tmpdir(), 'briefing-dev-'));
  let server: DevServer;
  beforeAll(async () => {
    cpSync('tests/fixtures/clean', contentDir, { recursive: true });
    server = await startDevServer(
      Number(process.env['E2E_PORT'] ?? 4399),
      astroEnvironment({ CONTENT_DIR: contentDir }),
    );
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    rmSync(contentDir, { recursive: true, force: true });
  });

  test('shows a draft with a banner saying it is a draft', async () => {
    const html = await (await fetch(server.url + DRAFT_PAGE)).text();
    expect(html).toContain(DRAFT_TITLE);
    expect(html).toMatch(/<p data-draft-banner role="note"[^>]*><strong[^>]*>Draft\.<\/strong> Only/);
  });

  test('shows published briefings without the banner', async () => {
    expect(await (await fetch(server.url + PUBLISHED_PAGE)).text()).not.toContain('data-draft-banner');
  });

  test('lists content problems in the terminal, and refuses to render a briefing with errors', async () => {
    const file = join(contentDir, 'briefings/2026/02/draft-briefing.mdx');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('[@pytorch-foundation].\n\n##', '[@pytorch-fundation].\n\n##'),
    );
    // The dev server sees the edit when its file watcher fires: ask until it does.
    const status = async () => (await fetch(server.url + DRAFT_PAGE)).status;
    await expect.poll(status, { timeout: 30_000, interval: 250 }).toBe(500);
    // Printed when the save is seen, which can come after the page was asked for.
    await expect
      .poll(() => server.output(), { timeout: 30_000 })
      .toMatch(/draft-briefing\.mdx:22:\d+ {2}error {2}Unknown source "pytorch-fundation"\./);
  });

  test('prints the problem once, in our words, however often the page is asked for', async () => {
    for (let request = 0; request < 3; request++) await fetch(server.url + DRAFT_PAGE);
    expect(server.output().match(/Unknown source "pytorch-fundation"/g)).toHaveLength(1);
    // A field its schema rejects: Astro's loader would say so too, in its words ("title: Required").
    const file = join(contentDir, 'briefings/2026/02/draft-briefing.mdx');
    const written = readFileSync(file, 'utf8');
    writeFileSync(file, written.replace(/^title:/m, 'titel:'));
    await expect.poll(() => server.output(), { timeout: 30_000 }).toMatch(/Unknown field "titel"/);
    for (let request = 0; request < 3; request++) await fetch(server.url + DRAFT_PAGE);
    writeFileSync(file, written);
    await expect.poll(() => server.output(), { timeout: 30_000 }).toMatch(/Checked 1 briefing: 1 error/);
    expect(server.output().match(/Unknown field "titel"/g)).toHaveLength(1);
    expect(server.output()).not.toMatch(/\[ERROR\]|ContentError|data does not match collection schema/);
  });

  test('shows every problem at its line on the page the writer has open', async () => {
    const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      await page.goto(server.url + DRAFT_PAGE, { waitUntil: 'domcontentloaded', timeout: 90_000 });
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('This briefing has problems');
      expect(await page.locator('pre').textContent()).toMatch(
        /draft-briefing\.mdx:22:\d+ {2}error {2}Unknown source "pytorch-fundation"\. {2}\(did you mean "pytorch-foundation"\?/,
      );
    } finally {
      await browser.close();
    }
  });

  test('shows an impossible date at the address the writer has open, and the page again once fixed', async () => {
    const file = join(contentDir, 'briefings/2026/01/pytorch-foundation.mdx');
    const written = readFileSync(file, 'utf8');
    const page = async () => {
      const response = await fetch(server.url + PUBLISHED_PAGE);
      return `${response.status} ${await response.text()}`;
    };
    // Astro's YAML would move the page to March 2: the open address must not say "Page not found".
    writeFileSync(file, written.replace('date: 2026-01-15', 'date: 2026-02-30'));
    await expect
      .poll(page, { timeout: 30_000, interval: 100 })
      .toMatch(/^500 [\s\S]*pytorch-foundation\.mdx:4:7 {2}error {2}Field &quot;date&quot; is &quot;2026-02-30&quot;/);
    writeFileSync(file, written);
    await expect.poll(page, { timeout: 30_000, interval: 100 }).toMatch(/^200 /);
  });

  test('shows a source renamed with its citations in one save, with no error on the way', async () => {
    const file = join(contentDir, 'briefings/2026/01/pytorch-foundation.mdx');
    const written = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      written
        .replaceAll('id: pytorch-foundation', 'id: pytorch-home')
        .replaceAll('@pytorch-foundation', '@pytorch-home'),
    );
    // Every answer while the save is picked up, as a writer reloading the page would see them.
    const seen: string[] = [];
    await expect
      .poll(
        async () => {
          const response = await fetch(server.url + PUBLISHED_PAGE);
          const html = await response.text();
          seen.push(`${response.status} ${html.includes('id="source-pytorch-home"') ? 'renamed' : 'old'}`);
          return seen.at(-1);
        },
        { timeout: 30_000, interval: 25 },
      )
      .toBe('200 renamed');
    expect(seen.filter((answer) => !answer.startsWith('200 '))).toEqual([]);
    writeFileSync(file, written);
  });

  test('refuses code in a briefing with the body gate’s error at its line, and never runs it', async () => {
    const file = join(contentDir, 'briefings/2026/02/draft-briefing.mdx');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nThe home folder is {process.env.HOME}.\n`);
    const gateError =
      /draft-briefing\.mdx:\d+:20 {2}error {2}The expression "\{process\.env\.HOME\}" cannot be used in a briefing\./;
    const page = async () => fetch(server.url + DRAFT_PAGE);
    await expect.poll(async () => (await page(), gateError.test(server.output())), { timeout: 30_000 }).toBe(true);
    const response = await page();
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain(`The home folder is ${process.env['HOME'] ?? ''}`);
  });
});
