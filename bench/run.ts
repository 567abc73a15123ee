/**
 * The build benchmark: generates synthetic briefings, builds the real site and a bare
 * baseline over them alternately from cold, and reports time, memory, page weight, index
 * size and first-search cost. See bench/README.md.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseBenchArgs, USAGE, type BenchOptions } from './lib/args.ts';
import { generateCorpus, type Corpus } from './lib/corpus.ts';
import {
  benchJson,
  devLoopJson,
  formatDevLoop,
  formatRendererCosts,
  formatReport,
  incrementalJson,
  processorsJson,
  summarizeRuns,
  type RunRecord,
  type TargetResult,
} from './lib/report.ts';
import {
  baselineTarget,
  buildOnce,
  removeBriefings,
  SITE,
  writeBriefings,
  type Target,
  type Workspace,
} from './measure/build.ts';
import { measureDevLoop, type DevLoopRun } from './measure/dev-loop.ts';
import { folderBytes, findPage, weighPage } from './measure/page-weight.ts';
import { measureSearch } from './measure/search.ts';
import { measureShareRenderers } from './measure/share-renderers.ts';

const ROOT = join(import.meta.dirname, '..');
const BENCH_DIR = join(ROOT, 'node_modules/.cache');
const MEMORY_NOTE = 'memory: process-tree RSS sampled every 100 ms';

/** What the last build of a site produced: the newest briefing's page, the index, the search. */
async function measureOutput(target: Target, workspace: Workspace, corpus: Corpus, options: BenchOptions) {
  const dist = join(workspace.root, target.name, 'dist');
  const page = findPage(dist, corpus.briefings[0]?.path.replace(/^.*\/|\.mdx$/g, '') ?? '');
  const words = { common: corpus.commonWord, rare: corpus.rareWord, rareSlug: corpus.rareWordSlug };
  return {
    page: page ? weighPage(dist, page) : null,
    indexBytes: folderBytes(join(dist, 'pagefind')),
    search: options.skipBrowser ? null : await measureSearch(dist, words),
  };
}

/** Runs `step` for each run and each target in turn, alternating, and collects the records per target. */
async function alternate(
  targets: readonly Target[],
  runs: number,
  step: (target: Target, run: number) => Promise<RunRecord>,
) {
  const records = new Map<Target, RunRecord[]>(targets.map((target) => [target, []]));
  for (let run = 1; run <= runs; run++) {
    for (const target of targets) {
      const record = await step(target, run);
      records.get(target)?.push(record);
      console.error(`  run ${run}/${runs} ${target.name}: ${(record.wallMs / 1000).toFixed(2)} s`);
    }
  }
  return records;
}

/** Cold builds of each target, then what their last builds produced. */
async function compare(targets: readonly Target[], workspace: Workspace, corpus: Corpus, options: BenchOptions) {
  writeBriefings(workspace.content, corpus.briefings);
  const records = await alternate(targets, options.runs, (target, run) => buildOnce(target, workspace, `${run}`, true));
  const results: TargetResult[] = [];
  for (const [target, runs] of records) {
    results.push({
      name: target.name,
      ...summarizeRuns(runs),
      ...(await measureOutput(target, workspace, corpus, options)),
    });
  }
  return results;
}

/**
 * Publishing one more briefing: a cold build of all but the newest, then a rebuild with it
 * added, keeping the caches as a CI that restores them would. Returns rebuild and cold per target.
 */
async function addOne(targets: readonly Target[], workspace: Workspace, corpus: Corpus, options: BenchOptions) {
  const [newest, ...earlier] = corpus.briefings;
  const added = newest ? [newest] : [];
  writeBriefings(workspace.content, earlier);
  const cold = new Map<Target, RunRecord[]>(targets.map((target) => [target, []]));
  const rebuilds = await alternate(targets, options.runs, async (target, run) => {
    removeBriefings(workspace.content, added);
    cold.get(target)?.push(await buildOnce(target, workspace, `${run}-cold`, true));
    writeBriefings(workspace.content, added);
    return buildOnce(target, workspace, `${run}-plus-one`, false);
  });
  const result = (name: string, runs: readonly RunRecord[]): TargetResult => ({
    name,
    ...summarizeRuns(runs),
    page: null,
    indexBytes: 0,
    search: null,
  });
  return targets.map(
    (target) =>
      [
        result(`${target.name} +1`, rebuilds.get(target) ?? []),
        result(`${target.name} cold`, cold.get(target) ?? []),
      ] as const,
  );
}

function topicSlugs(): string[] {
  return Object.keys(JSON.parse(readFileSync(join(ROOT, 'content/topics.json'), 'utf8')) as object);
}

/** The writer's loop in `astro dev` over the corpus, run after run, on the newest briefing. */
async function devLoop(workspace: Workspace, corpus: Corpus, options: BenchOptions) {
  const [newest] = corpus.briefings;
  if (!newest) throw new Error('No briefing to edit.');
  // Outside node_modules/, where the workspace is: the dev server's file watcher ignores that folder.
  const content = mkdtempSync(join(tmpdir(), 'briefing-bench-content-'));
  writeBriefings(content, corpus.briefings);
  const port = Number(process.env['BENCH_DEV_PORT'] ?? 4391);
  const runs: DevLoopRun[] = [];
  try {
    for (let run = 1; run <= options.runs; run++) {
      const measured = await measureDevLoop(content, newest, join(workspace.root, 'dev-cache'), port);
      runs.push(measured);
      console.error(`  run ${run}/${options.runs}: edits shown in ${measured.editMs.map(Math.round).join(', ')} ms`);
    }
  } finally {
    rmSync(content, { recursive: true, force: true });
  }
  return runs;
}

/** The chosen comparison: its tables and its one line of JSON. */
async function report(workspace: Workspace, options: BenchOptions): Promise<{ tables: string[]; json: object }> {
  const { briefings, runs } = options;
  if (options.devLoop) {
    const corpus = generateCorpus(briefings, topicSlugs(), options.seed);
    const loop = await devLoop(workspace, corpus, options);
    const title = `The writer's loop over ${briefings} briefings, ${runs} run(s): save, then ask for the page every 20 ms`;
    return { tables: [formatDevLoop(title, loop)], json: devLoopJson(briefings, loop) };
  }
  const corpus = generateCorpus(options.incremental ? briefings + 1 : briefings, topicSlugs(), options.seed);
  const size = options.incremental ? `${briefings} + 1 briefings` : `${briefings} briefings`;
  const kind = options.incremental ? '' : ' cold';
  const title = `${size} (${corpus.distinctWords} distinct words), ${runs}${kind} run(s) each, alternating; ${MEMORY_NOTE}`;
  if (options.incremental) {
    const [site, floor] = await addOne([SITE, baselineTarget('baseline', 'satteri')], workspace, corpus, options);
    if (!site || !floor) throw new Error('No result.');
    const tables = [site, floor].map((pair) =>
      formatReport(`${title}\nRebuild after adding one briefing, against a cold build:`, pair),
    );
    return { tables, json: incrementalJson(briefings, runs, site, floor) };
  }
  const targets = options.compareProcessors
    ? [baselineTarget('unified', 'unified'), baselineTarget('satteri', 'satteri-plain')]
    : [SITE, baselineTarget('baseline', 'satteri')];
  const [a, b] = await compare(targets, workspace, corpus, options);
  if (!a || !b) throw new Error('No result.');
  const json = options.compareProcessors ? processorsJson(briefings, runs, a, b) : benchJson(briefings, runs, a, b);
  return { tables: [formatReport(title, [a, b])], json };
}

async function main(options: BenchOptions): Promise<void> {
  // Inside the project, as `content/` is: only there does the site reuse pages between builds (src/site.config.ts).
  mkdirSync(BENCH_DIR, { recursive: true });
  const root = mkdtempSync(join(BENCH_DIR, 'briefing-bench-'));
  const workspace: Workspace = { root, content: join(root, 'content'), liveHeap: options.liveHeap };
  console.error(`Building ${options.briefings} briefings, ${options.runs} run(s) each, in ${root}`);
  try {
    const renderers = options.devLoop ? [] : await measureShareRenderers(ROOT);
    const { tables, json } = await report(workspace, options);
    const costs = renderers.length ? [formatRendererCosts(renderers)] : [];
    console.log([...costs, ...tables].join('\n\n'));
    console.log(JSON.stringify({ ...json, ...(renderers.length && { shareRenderers: renderers }) }));
  } finally {
    if (options.keep) console.error(`Kept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}

let options: BenchOptions | undefined;
try {
  options = parseBenchArgs(process.argv.slice(2));
} catch (error) {
  console.error(`${(error as Error).message}\n\n${USAGE}`);
  process.exitCode = 2;
}
if (options) {
  await main(options).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
