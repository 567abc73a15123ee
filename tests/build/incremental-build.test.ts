import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildFixture, type BuildResult } from '../support/build-site.ts';
import { readPage } from '../support/built-site.ts';

// Incremental builds reuse pages only for content inside the project (src/site.config.ts), so the
// changing content lives in node_modules/.cache, which git ignores.
mkdirSync('node_modules/.cache', { recursive: true });
const content = mkdtempSync(join('node_modules/.cache', 'briefing-incremental-'));
const cache = mkdtempSync(join('node_modules/.cache', 'briefing-incremental-cache-'));
const briefing = (file: string) => join(content, 'briefings', file);

const NEWEST = 'briefings/2026/02/10/newest/';
const LATEST = 'briefings/2026/02/01/latest/';
const ALPHA = 'briefings/2026/01/20/alpha-same-day/';
const BETA = 'briefings/2026/01/20/beta-same-day/';
const WINTER = 'briefings/2025/12/30/winter-release/';

/** Builds the content with the caches kept between builds, as a CI that restores them does. */
function rebuild(): BuildResult {
  const build = buildFixture(content, { CACHE_DIR: cache });
  expect(build.status, build.output).toBe(0);
  return build;
}

/** The text of a page's previous or next link. */
const step = (outDir: string, page: string, rel: 'prev' | 'next') =>
  readPage(outDir, page).text(`[data-briefing-step="${rel}"] a`);

/** Every file a build wrote, by path, with its bytes. */
function filesOf(outDir: string): Map<string, Buffer> {
  const paths = readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(
    paths.map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return [path.slice(outDir.length), readFileSync(path)] as const;
    }),
  );
}

let added: BuildResult;
let edited: BuildResult;

// Three builds sharing their caches: the archive fixture, then one briefing more, then one retitled
// and one removed. Each takes seconds, more on a busy machine.
beforeAll(() => {
  cpSync('tests/fixtures/archive/briefings', join(content, 'briefings'), { recursive: true });
  rebuild();
  cpSync('tests/fixtures/incremental/newest.mdx', briefing('2026/02/newest.mdx'));
  added = rebuild();
  const alpha = briefing('2026/01/alpha-same-day.mdx');
  writeFileSync(alpha, readFileSync(alpha, 'utf8').replace('Alpha, published the same day as Beta', 'Alpha, retitled'));
  rmSync(briefing('2025/12/winter-release.mdx'));
  edited = rebuild();
}, 300_000);

afterAll(() => {
  for (const folder of [content, cache]) rmSync(folder, { recursive: true, force: true });
});

describe('a rebuild after publishing one more briefing', () => {
  test('reuses the pages nothing changed', () => {
    expect(added.output).toMatch(/\(restored\)/);
  });

  test('builds the new briefing’s page and lists it first on the home page', () => {
    expect(readPage(added.outDir, NEWEST).text('h1')).toEqual(['A briefing published after all the others']);
    const home = readPage(added.outDir, '');
    expect(home.text('#lead-title')).toEqual(['A briefing published after all the others']);
    // The one before it leads the river of recent briefings under the lead.
    expect(home.attribute('[data-river-item] a', 'href')[0]).toBe(`/${LATEST}`);
  });

  test('links the briefing that was newest forward to it, and it back', () => {
    expect(step(added.outDir, LATEST, 'next')).toEqual(['A briefing published after all the others']);
    expect(step(added.outDir, NEWEST, 'prev')).toEqual(['The latest briefing & its sources']);
  });
});

describe('a rebuild after retitling one briefing and removing another', () => {
  test('shows the new title in its neighbours’ links', () => {
    expect(step(edited.outDir, BETA, 'next')).toEqual(['Alpha, retitled']);
    expect(step(edited.outDir, LATEST, 'prev')).toEqual(['Alpha, retitled']);
    expect(readPage(edited.outDir, ALPHA).text('h1')).toEqual(['Alpha, retitled']);
  });

  test('drops the removed briefing’s pages', () => {
    expect([...filesOf(edited.outDir).keys()].filter((path) => path.includes(WINTER))).toEqual([]);
  });

  test('keeps in its share-image cache the images its pages have, and none of the retitled or removed briefing’s old ones', () => {
    const published = [...filesOf(edited.outDir)].filter(([path]) => path.endsWith('/og.png')).map(([, png]) => png);
    const cached = [...filesOf(join(cache, 'share-images')).values()];
    const distinct = (pngs: Buffer[]) => [...new Set(pngs.map((png) => png.toString('base64')))].sort();
    expect(cached.length).toBe(distinct(published).length);
    expect(distinct(cached)).toEqual(distinct(published));
  });

  test('renders every page again after a build that stopped before it was done', () => {
    writeFileSync(join(cache, 'incremental-build.unfinished'), '');
    expect(rebuild().output).not.toMatch(/\(restored\)/);
  });

  test('renders every page again when the site’s scripts or stylesheets changed since the last build', () => {
    // As if the last build had loaded other files: its pages name scripts this build no longer has.
    writeFileSync(join(cache, 'incremental-build.client-assets.json'), '["_astro/old-script.js"]');
    expect(rebuild().output).not.toMatch(/\(restored\)/);
    expect(rebuild().output).toMatch(/\(restored\)/);
  });

  test('writes exactly what a build from scratch writes', () => {
    const scratch = buildFixture(content);
    expect(scratch.status, scratch.output).toBe(0);
    const expected = filesOf(scratch.outDir);
    const actual = filesOf(edited.outDir);
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    const differing = [...expected].filter(([path, bytes]) => !actual.get(path)?.equals(bytes)).map(([path]) => path);
    expect(differing).toEqual([]);
  });
});
