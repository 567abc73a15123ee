import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';

describe('npm run bench (a small run, so the benchmark keeps working)', () => {
  test('builds the site and the baseline over 20 synthetic briefings with no warning and reports every figure', () => {
    const result = spawnSync(process.execPath, ['bench/run.ts', '--briefings', '20', '--runs', '1'], {
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    expect(result.stderr).not.toMatch(/failed/);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(
      expect.arrayContaining([
        'briefings',
        'runs',
        'build_s_median',
        'baseline_s_median',
        'ratio',
        'peak_rss_mb',
        'baseline_peak_rss_mb',
        'page_gzip_bytes',
        'page_js_gzip_bytes',
        'index_bytes',
        'search_first_bytes',
        'search_first_ms',
      ]),
    );
    expect(report).toMatchObject({ briefings: 20, runs: 1, warnings: 0 });
    expect(report['build_s_median']).toBeGreaterThan(0);
    expect(report['page_gzip_bytes']).toBeGreaterThan(0);
    // Both sites have a search page and an index: a null here means bench/search-ui.ts no longer
    // matches the search page.
    expect(report['index_bytes']).toBeGreaterThan(0);
    expect(report['search_first_ms']).toEqual(expect.any(Number));
    expect(report['search_page_bytes']).toBeGreaterThan(0);
    // The name only one briefing has finds that briefing first.
    expect(report['search_rare_found_first']).toBe(true);
    expect(report['baseline_index_bytes']).toBeGreaterThan(0);
    expect(report['baseline_search_first_ms']).toEqual(expect.any(Number));
    expect(report['baseline_search_first_bytes']).toBeGreaterThan(0);
  });
});
