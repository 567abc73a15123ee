import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { indexSite } from '../../src/integrations/pagefind.ts';
import { buildFixture } from '../support/build-site.ts';

/** A page as Pagefind stored it: its fragment files are gzipped JSON behind a signature. */
interface IndexedPage {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: { id: string; text: string }[];
}

function indexedPages(outDir: string, part = ''): IndexedPage[] {
  const folder = join(outDir, 'pagefind', part, 'fragment');
  return readdirSync(folder).map((file) => {
    const text = gunzipSync(readFileSync(join(folder, file))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as IndexedPage;
  });
}

describe('astro build indexes the briefings for search', () => {
  let outDir = '';
  let pages: IndexedPage[] = [];
  beforeAll(() => {
    const build = buildFixture('tests/fixtures/search');
    expect(build.status, build.output).toBe(0);
    outDir = build.outDir;
    pages = indexedPages(outDir);
  }, 120_000);

  test('writes the index and Pagefind’s scripts into the output folder, in one part for a small archive', () => {
    for (const file of ['pagefind.js', 'pagefind-highlight.js', 'pagefind-entry.json']) {
      expect(existsSync(join(outDir, 'pagefind', file))).toBe(true);
    }
    expect(JSON.parse(readFileSync(join(outDir, 'pagefind', 'parts.json'), 'utf8'))).toEqual([]);
  });

  test('indexes each published briefing and nothing else: no home, search or 404 page, no draft', () => {
    expect(pages.map(({ url }) => url).sort()).toEqual([
      '/briefings/2025/03/02/old-news/',
      '/briefings/2026/01/14/compiler-week/',
    ]);
  });

  test('gives each briefing its title, day and dek, and its topic, year and cited publishers as filters', () => {
    const page = pages.find(({ url }) => url.includes('compiler-week'));
    expect(page?.meta).toMatchObject({
      title: 'A week of compilers',
      date: '2026-01-14',
      dek: 'Two projects shipped graph compilers in the same week.',
      image: expect.stringMatching(/\/briefings\/2026\/01\/14\/compiler-week\/og\.png$/),
    });
    expect(Object.keys(page?.meta ?? {}).sort()).toEqual(['date', 'dek', 'image', 'image_alt', 'title']);
    expect(page?.filters).toEqual({
      topic: ['Compilers', 'PyTorch'],
      year: ['2026'],
      publisher: ['openai.com', 'pytorch.org'],
    });
  });

  test('indexes the briefing’s words, not its chips, question list, Sources or calls to action', () => {
    const content = pages.find(({ url }) => url.includes('compiler-week'))?.content ?? '';
    expect(content).toContain('Who wrote the kernels? The answer mentions quokkas');
    for (const chrome of [
      'Share',
      'zanzibar',
      'pytorch.org',
      'In this briefing',
      'Sources',
      'Never miss a briefing',
      'Copy link',
    ]) {
      expect(content).not.toContain(chrome);
    }
  });

  test('makes each question a sub-result anchored at its heading id', () => {
    const page = pages.find(({ url }) => url.includes('compiler-week'));
    expect(page?.anchors.map(({ id, text }) => [id, text])).toEqual([
      ['who-wrote-the-kernels', 'Who wrote the kernels?'],
      ['what-shipped-first', 'What shipped first?'],
    ]);
  });
});

describe('indexSite', () => {
  const logger = { info: () => undefined } as unknown as Parameters<typeof indexSite>[0]['logger'];

  test('splits a larger archive into parts dealt in date order, each holding only its index', async () => {
    const site = mkdtempSync(join(tmpdir(), 'briefing-parts-'));
    const days = ['2026/01/01', '2026/01/02', '2026/01/03', '2026/01/04', '2026/01/05'];
    for (const day of days) {
      mkdirSync(join(site, 'briefings', day, 'news'), { recursive: true });
      const html = `<html lang="en"><body><main data-pagefind-body><h1>News of ${day}</h1><p data-pagefind-filter="year">2026</p></main></body></html>`;
      writeFileSync(join(site, 'briefings', day, 'news', 'index.html'), html);
    }
    await indexSite({ dir: pathToFileURL(`${site}/`), logger }, 2);
    expect(JSON.parse(readFileSync(join(site, 'pagefind', 'parts.json'), 'utf8'))).toEqual(['part-1/', 'part-2/']);
    const urls = (part: string) =>
      indexedPages(site, part).map(({ url }) => url.slice('/briefings/'.length, -'/news/'.length));
    expect([urls(''), urls('part-1'), urls('part-2')].map((held) => held.sort())).toEqual([
      ['2026/01/03'],
      ['2026/01/02', '2026/01/05'],
      ['2026/01/01', '2026/01/04'],
    ]);
    expect(
      readdirSync(join(site, 'pagefind', 'part-1'))
        .map((name) => name.replace(/\..+\.pf_meta$/, '.pf_meta'))
        .sort(),
    ).toEqual(['filter', 'fragment', 'index', 'pagefind-entry.json', 'pagefind.pf_meta']);
  });

  test('fails, and so fails the build, when there is nothing to index', async () => {
    const empty = pathToFileURL(`${mkdtempSync(join(tmpdir(), 'briefing-empty-'))}/`);
    await expect(indexSite({ dir: empty, logger })).rejects.toThrow(
      /^Search indexing failed: no briefing pages were found/,
    );
  });
});
