/**
 * The build benchmark: generates synthetic briefings, builds the real site and a bare
 * baseline over them alternately from cold, and reports time, memory, page weight, index
 * size and first-search cost. See bench/README.md.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseBenchArgs, USAGE, type BenchOptions } from './lib/args.ts';
import { formatTimedLog, listWarnings, parseBuildPhases, parseCpuSeconds, parseHeapPeak } from './lib/build-log.ts';
import { generateCorpus, type Corpus } from './lib/corpus.ts';
import {
  benchJson,
  formatReport,
  processorsJson,
  summarizeRuns,
  type RunRecord,
  type TargetResult,
} from './lib/report.ts';
import { folderBytes, findPage, weighPage } from './measure/page-weight.ts';
import { runCommand } from './measure/run-command.ts';
import { measureSearch } from './measure/search.ts';

/** One site the bench builds: a name, the command, and extra environment. */
interface Target {
  name: string;
  args: string[];
  env: Record<string, string>;
}

const ROOT = join(dirname(new URL(import.meta.url).pathname), '..');
const HEAP_PROBE = pathToFileURL(join(ROOT, 'bench/measure/heap-probe.mjs')).href;
// Both go through npm, so each carries the same launcher overhead; the site's is `npm run build` itself.
const SITE: Target = { name: 'site', args: ['run', 'build', '--silent'], env: {} };
const baseline = (name: string, processor: string): Target => ({
  name,
  args: ['exec', '--no', '--', 'astro', 'build', '--root', 'bench/baseline'],
  env: { BASELINE_PROCESSOR: processor },
});

function writeCorpus(corpus: Corpus, contentDir: string): void {
  for (const { path, text } of corpus.briefings) {
    const file = join(contentDir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}

/** One cold build: fresh output and cache folders, the timed log kept beside them. */
async function buildCold(target: Target, workDir: string, run: number, options: BenchOptions): Promise<RunRecord> {
  const outDir = join(workDir, target.name, 'dist');
  const cacheDir = join(workDir, target.name, 'cache');
  rmSync(join(workDir, target.name), { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  const probe = `--import=${HEAP_PROBE}${options.liveHeap ? ' --expose-gc' : ''}`;
  const nodeOptions = `${process.env['NODE_OPTIONS'] ?? ''} ${probe}`.trim();
  const env = { ...process.env, ...target.env, CONTENT_DIR: join(workDir, 'content'), OUT_DIR: outDir };
  const result = await runCommand('npm', target.args, {
    ...env,
    CACHE_DIR: cacheDir,
    ASTRO_TELEMETRY_DISABLED: '1',
    NODE_OPTIONS: nodeOptions,
  });
  writeFileSync(join(workDir, `${target.name}-${run}.log`), formatTimedLog(result.lines));
  if (result.exitCode !== 0) {
    const tail = result.lines.slice(-30).map((line) => line.text);
    throw new Error(`${target.name} build failed (exit ${result.exitCode}):\n${tail.join('\n')}`);
  }
  const { wallMs, peakRssBytes, lines } = result;
  return {
    wallMs,
    cpuS: parseCpuSeconds(lines),
    peakRssBytes,
    heap: parseHeapPeak(lines),
    phases: parseBuildPhases(lines),
    warnings: listWarnings(lines),
  };
}

/** What the last build of a site produced: the first briefing's page, the index, the search. */
async function measureOutput(target: Target, workDir: string, corpus: Corpus, options: BenchOptions) {
  const dist = join(workDir, target.name, 'dist');
  const slug = corpus.briefings[0]?.path.replace(/^.*\/|\.mdx$/g, '') ?? '';
  const page = findPage(dist, slug);
  const words = { common: corpus.commonWord, rare: corpus.rareWord };
  return {
    page: page ? weighPage(dist, page) : null,
    indexBytes: folderBytes(join(dist, 'pagefind')),
    search: options.skipBrowser ? null : await measureSearch(dist, words),
  };
}

/** Builds each target `runs` times, alternating, then measures their last outputs. */
async function compare(targets: readonly Target[], workDir: string, corpus: Corpus, options: BenchOptions) {
  const records = new Map<string, RunRecord[]>(targets.map((target) => [target.name, []]));
  for (let run = 1; run <= options.runs; run++) {
    for (const target of targets) {
      const record = await buildCold(target, workDir, run, options);
      records.get(target.name)?.push(record);
      console.error(`  run ${run}/${options.runs} ${target.name}: ${(record.wallMs / 1000).toFixed(2)} s`);
    }
  }
  const results: TargetResult[] = [];
  for (const target of targets) {
    const summary = summarizeRuns(records.get(target.name) ?? []);
    results.push({ name: target.name, ...summary, ...(await measureOutput(target, workDir, corpus, options)) });
  }
  return results;
}

function topicSlugs(): string[] {
  return Object.keys(JSON.parse(readFileSync(join(ROOT, 'content/topics.json'), 'utf8')) as object);
}

async function main(options: BenchOptions): Promise<void> {
  const workDir = mkdtempSync(join(tmpdir(), 'briefing-bench-'));
  try {
    const corpus = generateCorpus(options.briefings, topicSlugs(), options.seed);
    writeCorpus(corpus, join(workDir, 'content'));
    const targets = options.compareProcessors
      ? [baseline('unified', 'unified'), baseline('satteri', 'satteri-plain')]
      : [SITE, baseline('baseline', 'satteri')];
    console.error(`Building ${options.briefings} briefings, ${options.runs} cold run(s) each, in ${workDir}`);
    const [a, b] = await compare(targets, workDir, corpus, options);
    if (!a || !b) return;
    const title = `${options.briefings} briefings (${corpus.distinctWords} distinct words), ${options.runs} cold run(s) each, alternating; memory: process-tree RSS sampled every 100 ms`;
    console.log(formatReport(title, [a, b]));
    const json = options.compareProcessors
      ? processorsJson(options.briefings, options.runs, a, b)
      : benchJson(options.briefings, options.runs, a, b);
    console.log(JSON.stringify(json));
  } finally {
    if (options.keep) console.error(`Kept ${workDir}`);
    else rmSync(workDir, { recursive: true, force: true });
  }
}

try {
  await main(parseBenchArgs(process.argv.slice(2)));
} catch (error) {
  console.error((error as Error).message);
  if ((error as Error).name === 'TypeError' || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(USAGE);
  }
  process.exitCode = 1;
}
