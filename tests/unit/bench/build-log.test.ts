import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  formatTimedLog,
  listWarnings,
  parseBuildPhases,
  parseCpuSeconds,
  parseHeapPeak,
  parseTimedLog,
} from '../../../bench/lib/build-log.ts';

const recorded = (name: string) => parseTimedLog(readFileSync(`tests/fixtures/bench/${name}`, 'utf8'));
const timed = (...texts: string[]) => texts.map((text, index) => ({ ms: index * 100, text }));

describe('parseBuildPhases', () => {
  test('splits a recorded build of the site into phases by when Astro printed each step', () => {
    expect(parseBuildPhases(recorded('site-build.log'))).toEqual({
      startup: 1409,
      contentSync: 16,
      bundle: 703,
      render: 1857,
      shareImages: 1584,
      afterBuild: 73,
      pagefind: 73,
    });
  });

  test('leaves share images and Pagefind null for a build that has neither', () => {
    const lines = timed(
      ' generating static routes ',
      '  ├─ /a/index.html (+3ms) ',
      '✓ Completed in 4ms.',
      '[build] 1 page(s) built in 9ms',
    );
    expect(parseBuildPhases(lines)).toMatchObject({ shareImages: null, afterBuild: 100, pagefind: null });
  });

  test('adds up the render times of image routes as share images', () => {
    const lines = timed(
      ' generating static routes ',
      '06:36:15   ├─ /briefings/2026/05/01/a/index.html (+10ms) ',
      '06:36:15   ├─ /briefings/2026/05/01/a/index.png (+250ms) ',
      '06:36:15   ├─ /og/b.png (+1.5s) ',
      '06:36:15 ✓ Completed in 2s.',
    );
    expect(parseBuildPhases(lines).shareImages).toBe(1750);
  });

  test('reports null for phases a failed build never reached', () => {
    const phases = parseBuildPhases(timed('06:36:14 [content] Syncing content', 'error  Unknown source "x".'));
    expect(phases).toMatchObject({ contentSync: null, bundle: null, render: null, afterBuild: null });
  });
});

describe('listWarnings', () => {
  test('finds Astro and Vite warnings and the site’s own content warnings, not progress lines', () => {
    const lines = timed(
      '06:28:51 [WARN] [vite] \u001b[33m[MODULE_LEVEL_DIRECTIVE] \u001b[0mThe semantics …',
      'content/briefings/2026/05/a.mdx:12:5  warning  Source "x" is never cited.  (cite it)',
      '06:28:51 [build] ✓ Completed in 974ms.',
      '06:28:51   ├─ /briefings/2026/05/23/warning-signs/index.html (+22ms) ',
    );
    expect(listWarnings(lines)).toHaveLength(2);
  });

  test('finds none in a clean recorded build', () => {
    expect(listWarnings(recorded('site-build.log'))).toEqual([]);
  });
});

describe('parseHeapPeak', () => {
  test('takes the largest peak among the processes that reported one', () => {
    expect(parseHeapPeak(recorded('site-build.log'))).toEqual({ peakMb: 151, liveMb: null, limitMb: 4288 });
  });

  test('reads the live heap when the build was asked to collect garbage at exit', () => {
    const lines = timed(
      '[bench] heap peak 9 MB, live 4 MB of 4288 MB',
      '[bench] heap peak 194 MB, live 82 MB of 4288 MB',
    );
    expect(parseHeapPeak(lines)).toEqual({ peakMb: 194, liveMb: 82, limitMb: 4288 });
  });

  test('is null when no process reported', () => {
    expect(parseHeapPeak(timed('06:36:15 [build] Complete!'))).toBeNull();
  });
});

describe('parseCpuSeconds', () => {
  test('adds user and system time of the children from the shell’s closing `times`', () => {
    const lines = timed('06:36:15 [build] Complete!', '0m0.001000s 0m0.002000s', '1m2.500000s 0m0.860000s');
    expect(parseCpuSeconds(lines)).toBeCloseTo(63.36);
  });

  test('reads a recorded build', () => {
    expect(parseCpuSeconds(recorded('site-build.log'))).toBeCloseTo(4.85);
  });

  test('is null when the shell printed no times', () => {
    expect(parseCpuSeconds(recorded('baseline-build.log'))).toBeNull();
  });
});

describe('timed logs', () => {
  test('read back as they were written, tabs in the text included', () => {
    const lines = [
      { ms: 12, text: 'first\tline' },
      { ms: 3400, text: '' },
    ];
    expect(parseTimedLog(formatTimedLog(lines))).toEqual(lines);
  });
});
