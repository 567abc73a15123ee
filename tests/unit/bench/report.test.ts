import { describe, expect, test } from 'vitest';
import {
  benchJson,
  devLoopJson,
  formatDevLoop,
  formatReport,
  summarizeRuns,
  type RunRecord,
  type TargetResult,
} from '../../../bench/lib/report.ts';

const phases = { startup: 900, contentSync: 300, bundle: 2000, render: 1500, shareImages: null, afterBuild: 800 };
const run = (wallMs: number, rssMb: number, pagefind: number | null): RunRecord => ({
  wallMs,
  cpuS: wallMs / 1000 - 1,
  peakRssBytes: rssMb * 2 ** 20,
  heap: { peakMb: 200, liveMb: null, limitMb: 4288 },
  phases: { ...phases, pagefind },
  warnings: [],
});

const weight = (gzip: number) => ({ raw: gzip * 4, gzip });
const site: TargetResult = {
  name: 'site',
  ...summarizeRuns([run(6000, 800, 800), run(5000, 780, 800), run(7000, 820, 800)]),
  page: { html: weight(7000), css: weight(7000), js: weight(300), total: weight(14300) },
  indexBytes: 2_000_000,
  search: {
    pageBytes: 120_000,
    common: { word: 'zo', ms: 410, bytes: 36_000, first: '/briefings/2026/05/01/a-1/' },
    rare: { word: 'qboda', ms: null, bytes: 30_000, first: null },
    rareFoundFirst: false,
  },
};
const baseline: TargetResult = {
  name: 'baseline',
  ...summarizeRuns([run(4000, 900, 700), run(4000, 900, 700)]),
  page: null,
  indexBytes: 1_900_000,
  search: null,
};

describe('summarizeRuns', () => {
  test('gives medians and ranges of time and memory', () => {
    const { wallS, cpuS, rssMb } = site;
    expect({ wallS, cpuS, rssMb }).toEqual({
      wallS: { median: 6, min: 5, max: 7 },
      cpuS: { median: 5, min: 4, max: 6 },
      rssMb: { median: 800, min: 780, max: 820 },
    });
  });
});

describe('formatReport', () => {
  test('shows each site in a column, with the ratio of the two', () => {
    expect(formatReport('3 briefings', [site, baseline])).toMatchInlineSnapshot(`
      "3 briefings
                                            site                    baseline                ratio
      build wall time (s)                   6.00 (5.00–7.00)        4.00 (4.00–4.00)        1.50
      CPU time, user + system (s)           5.00 (4.00–6.00)        3.00 (3.00–3.00)        1.67
      peak RSS, process tree (MB)           800 (780–820)           900 (900–900)           0.89
      V8 heap peak / live / limit (MB)      200 / – / 4288          200 / – / 4288
      phases, median (s)
        start-up (npm, Node, config)        0.90                    0.90
        content sync                        0.30                    0.30
        bundle                              2.00                    2.00
        render pages                        1.50                    1.50
        share images (per-image sum)        –                       –
        after build (hooks)                 0.80                    0.80
        Pagefind                            0.80                    0.70
      warnings in build logs                0                       0
      briefing page, raw / gzip bytes
        html                                28000 / 7000            –
        css                                 28000 / 7000            –
        js                                  1200 / 300              –
        total                               57200 / 14300           –
      search index, dist/pagefind (bytes)   2000000                 1900000
      search page load (bytes)              120000                  –
      first search "zo"                     410 ms, 36000 B         –
      first search "qboda"                  no result, 30000 B      –
      "qboda" lists its briefing first      NO                      –"
    `);
  });
});

describe('benchJson', () => {
  test('carries every figure a comparison across changes needs', () => {
    expect(benchJson(3, 3, site, baseline)).toMatchObject({
      briefings: 3,
      runs: 3,
      build_s_median: 6,
      baseline_s_median: 4,
      ratio: 1.5,
      peak_rss_mb: 800,
      baseline_peak_rss_mb: 900,
      page_gzip_bytes: 14300,
      page_js_gzip_bytes: 300,
      index_bytes: 2_000_000,
      search_page_bytes: 120_000,
      search_first_bytes: 36_000,
      search_first_ms: 410,
      search_rare_ms: null,
      search_rare_found_first: false,
      baseline_search_page_bytes: null,
    });
  });
});

describe("the writer's loop", () => {
  const runs = [
    { readyMs: 3000, firstPageMs: 900, editMs: [300, 200, 250], errorMs: 60, fixMs: 400 },
    { readyMs: 3400, firstPageMs: 1100, editMs: [1200, 220], errorMs: 80, fixMs: 600 },
  ];

  test("gives each wait in seconds, an edit's median over every edit of every run", () => {
    const table = formatDevLoop('Loop', runs);
    expect(table).toMatch(/ready \(address printed\) +3\.20 \(3\.00–3\.40\)/);
    expect(table).toMatch(/a saved edit shown +0\.25 \(0\.20–1\.20\)/);
  });

  test('carries the medians in its JSON line', () => {
    expect(devLoopJson(1000, runs)).toEqual({
      briefings: 1000,
      runs: 2,
      dev_ready_ms: 3200,
      dev_first_page_ms: 1000,
      dev_edit_ms: 250,
      dev_edit_ms_range: [200, 1200],
      dev_error_ms: 70,
      dev_fix_ms: 500,
    });
  });
});
