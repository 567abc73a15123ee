import { parseArgs } from 'node:util';

/** What a bench run was asked to do. */
export interface BenchOptions {
  briefings: number;
  runs: number;
  /** Skip the Chromium search measurement (CI smoke runs). */
  skipBrowser: boolean;
  /** Measure a rebuild after adding one briefing to `briefings`, against a cold build. */
  incremental: boolean;
  /** Compare the baseline's Markdown processors (Sätteri, remark/rehype) instead of site and baseline. */
  compareProcessors: boolean;
  /** Force a full garbage collection as each build exits, to report the heap still live (adds that GC to the wall time). */
  liveHeap: boolean;
  /** Measure the writer's loop in `astro dev` (ready, an edit shown, an error shown) instead of builds. */
  devLoop: boolean;
  /** Keep the generated content, builds and logs in the temporary folder, and print where. */
  keep: boolean;
  seed: number;
}

export const USAGE = `Usage: npm run bench -- [--briefings N] [--runs R] [--skip-browser] [--incremental] [--compare-processors] [--live-heap] [--dev-loop] [--keep] [--seed S]
  --briefings N          synthetic briefings to build (default 1000)
  --runs R               cold builds of each site, alternating (default 5)
  --skip-browser         do not measure search in Chromium
  --incremental          rebuild after adding one briefing, caches kept, against a cold build
  --compare-processors   build the baseline with Sätteri and with remark/rehype instead
  --live-heap            also report the heap live after a full GC at exit (slightly slower builds)
  --dev-loop             time the writer's loop in \`astro dev\` instead: ready, a saved edit shown, an error shown
  --keep                 keep the temporary folder (content, dist, timed logs)
  --seed S               seed of the synthetic corpus (default 1)`;

function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new Error(`--${name} must be a whole number above 0, not "${value}".`);
  return number;
}

/** Reads the command line; throws with a message for a person on a bad value or unknown flag. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      briefings: { type: 'string' },
      runs: { type: 'string' },
      seed: { type: 'string' },
      'skip-browser': { type: 'boolean', default: false },
      incremental: { type: 'boolean', default: false },
      'compare-processors': { type: 'boolean', default: false },
      'live-heap': { type: 'boolean', default: false },
      'dev-loop': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
    },
  });
  return {
    briefings: positiveInteger('briefings', values.briefings, 1000),
    runs: positiveInteger('runs', values.runs, 5),
    seed: positiveInteger('seed', values.seed, 1),
    skipBrowser: values['skip-browser'],
    incremental: values.incremental,
    compareProcessors: values['compare-processors'],
    liveHeap: values['live-heap'],
    devLoop: values['dev-loop'],
    keep: values.keep,
  };
}
