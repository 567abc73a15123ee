import { describe, expect, test } from 'vitest';
import { parseBenchArgs } from '../../../bench/lib/args.ts';

describe('parseBenchArgs', () => {
  test('defaults to the 1,000-briefing comparison, five runs each, with the browser', () => {
    expect(parseBenchArgs([])).toEqual({
      briefings: 1000,
      runs: 5,
      seed: 1,
      skipBrowser: false,
      incremental: false,
      compareProcessors: false,
      liveHeap: false,
      devLoop: false,
      keep: false,
    });
  });

  test('reads sizes and switches', () => {
    expect(parseBenchArgs(['--briefings', '30', '--runs=1', '--skip-browser', '--compare-processors'])).toMatchObject({
      briefings: 30,
      runs: 1,
      skipBrowser: true,
      compareProcessors: true,
    });
    expect(parseBenchArgs(['--dev-loop'])).toMatchObject({ devLoop: true, incremental: false });
  });

  test('rejects a size that is not a whole number above zero, saying which flag', () => {
    expect(() => parseBenchArgs(['--runs', '0'])).toThrowErrorMatchingInlineSnapshot(
      `[Error: --runs must be a whole number above 0, not "0".]`,
    );
  });

  test('rejects unknown flags', () => {
    expect(() => parseBenchArgs(['--briefing', '10'])).toThrow(/briefing/);
  });
});
