import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/lib/chromium.ts';
import { buildFixture, type BuildResult } from '../support/build-site.ts';
import { readPage, type BuiltPage } from '../support/built-site.ts';

/** The fixture briefing that uses every component of the writers' kit, and a Markdown table. */
const PAGE = 'briefings/2026/03/02/writers-kit/';
const ORIGIN = 'http://kit.test';
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.webp': 'image/webp',
};

describe("the writers' kit, built", () => {
  let build: BuildResult;
  let page: BuiltPage;
  let html: string;

  beforeAll(() => {
    build = buildFixture('tests/fixtures/kit');
    html = readFileSync(join(build.outDir, PAGE, 'index.html'), 'utf8');
    page = readPage(build.outDir, PAGE);
  }, 300_000);

  test('builds', () => expect(build.status, build.output).toBe(0));

  test('labels each callout by its kind', () => {
    expect(page.text('[data-callout-label]')).toEqual(['The context', 'Room for disagreement', "What's next"]);
  });

  test('shows a pull quote with its speaker, a link to the words in the original and a numbered chip', () => {
    expect(page.text('[data-pull-quote]')[0]).toMatch(
      /^We are standardizing on one framework across every team ?Ada Example, Keynote at/,
    );
    expect(page.attribute('[data-pull-quote-link]', 'href')[0]).toMatch(/#:~:text=We%20are%20standardizing/);
    expect(page.attribute('[data-pull-quote] [role="doc-noteref"]', 'href')).toEqual(['#source-keynote']);
  });

  test('draws a post card from the source alone: no script, frame or image from another site', () => {
    expect(page.text('[data-post-author]')).toEqual(['Release Team']);
    expect(page.text('[data-post-handle]')).toEqual(['@releases']);
    expect(page.text('[data-post] blockquote')).toEqual([
      'Version 3.0 is out today: faster startup, smaller wheels, and a new compiler.',
    ]);
    expect(page.all('[data-post] :is(script, iframe, img)')).toEqual([]);
  });

  test('lists the timeline in order, each day machine-readable', () => {
    expect(page.attribute('[data-timeline] time', 'datetime')).toEqual(['2016-09-01', '2018-12-07', '2026-02-12']);
  });

  test('serves the figure through astro:assets, with sizes, dimensions, caption and credit', () => {
    const [image] = page.all('[data-figure] img');
    expect(image?.attributes).toMatchObject({
      width: '1200',
      height: '600',
      alt: expect.stringMatching(/^A line rising/),
    });
    expect(String(image?.attributes['srcset'])).toMatch(/\.webp 480w, .*\.webp 720w, .*\.webp 1080w$/);
    expect(page.text('[data-figure] figcaption')).toEqual([
      'Downloads by quarter, in millions stats.example, source 1. Chart: Stats Desk',
    ]);
  });

  test('puts a table in a focusable region of its own and aligns columns without style=', () => {
    expect(page.attribute('[data-table-scroll]', 'tabindex')).toEqual(['0']);
    expect(page.attribute('[data-table-scroll] th', 'data-align')).toEqual(['left', 'right', 'right']);
    expect(html).not.toMatch(/\sstyle=/);
  });

  test('numbers pull quotes and post cards as citations in the Sources list', () => {
    expect(page.attribute('[role="doc-endnotes"] li[id^="source-"]', 'id')).toEqual([
      'source-stats',
      'source-keynote',
      'source-critic',
      'source-maintainer-post',
    ]);
  });

  describe('accessibility', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
    });
    afterAll(() => browser?.close());

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`has no axe violations in ${colorScheme} mode`, async () => {
        const context = await browser.newContext({ colorScheme });
        // The built files are served from disk: no port, nothing else on the machine in the way.
        await context.route(`${ORIGIN}/**`, (route) => {
          const path = decodeURIComponent(new URL(route.request().url()).pathname);
          let file = join(build.outDir, path);
          if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
          if (!existsSync(file)) return route.fulfill({ status: 404 });
          return route.fulfill({ path: file, contentType: TYPES[extname(file)] ?? 'application/octet-stream' });
        });
        const tab = await context.newPage();
        await tab.goto(`${ORIGIN}/${PAGE}`);
        expect(await tab.locator('[data-post]').count()).toBe(1);
        const { violations } = await new AxeBuilder({ page: tab }).analyze();
        await context.close();
        expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target).join(', ')}`)).toEqual([]);
      }, 60_000);
    }
  });
});
