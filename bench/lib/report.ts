import type { DevLoopRun } from '../measure/dev-loop.ts';
import type { PageWeight } from '../measure/page-weight.ts';
import type { SearchMeasurement, SearchTiming } from '../measure/search.ts';
import type { RendererCost } from '../measure/share-renderers.ts';
import type { BuildPhases, HeapReport } from './build-log.ts';
import { median, medianOrNull, range } from './stats.ts';

/** What one cold build of one site measured. */
export interface RunRecord {
  wallMs: number;
  /** User + system CPU time of the build's whole process tree; null where the shell cannot tell. */
  cpuS: number | null;
  peakRssBytes: number;
  heap: HeapReport | null;
  phases: BuildPhases;
  warnings: string[];
}

/** Median and range of repeated measurements. */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

/** One site's builds, summarised, and what its last build produced. */
export interface TargetResult {
  name: string;
  wallS: Spread;
  cpuS: Spread | null;
  rssMb: Spread;
  /** Medians of the largest Node process's heap peak and live heap, and its heap limit. */
  heapMb: { peak: number | null; live: number | null; limit: number | null };
  /** Median milliseconds per phase. */
  phases: Record<keyof BuildPhases, number | null>;
  warnings: number;
  page: PageWeight | null;
  indexBytes: number;
  search: SearchMeasurement | null;
}

const PHASE_LABELS: Record<keyof BuildPhases, string> = {
  startup: 'start-up (npm, Node, config)',
  contentSync: 'content sync',
  bundle: 'bundle',
  render: 'render pages',
  shareImages: 'share images (per-image sum)',
  afterBuild: 'after build (hooks)',
  pagefind: 'Pagefind',
};

function spread(values: readonly number[]): Spread {
  return { median: median(values), ...range(values) };
}

/** Medians and ranges of a site's runs. */
export function summarizeRuns(runs: readonly RunRecord[]) {
  const phases = Object.fromEntries(
    Object.keys(PHASE_LABELS).map((key) => [
      key,
      medianOrNull(runs.map((run) => run.phases[key as keyof BuildPhases])),
    ]),
  ) as TargetResult['phases'];
  return {
    wallS: spread(runs.map((run) => run.wallMs / 1000)),
    cpuS: runs.every((run) => run.cpuS !== null) ? spread(runs.map((run) => run.cpuS ?? 0)) : null,
    rssMb: spread(runs.map((run) => run.peakRssBytes / 2 ** 20)),
    heapMb: {
      peak: medianOrNull(runs.map((run) => run.heap?.peakMb ?? null)),
      live: medianOrNull(runs.map((run) => run.heap?.liveMb ?? null)),
      limit: medianOrNull(runs.map((run) => run.heap?.limitMb ?? null)),
    },
    phases,
    warnings: runs.reduce((sum, run) => sum + run.warnings.length, 0),
  };
}

const fixed = (value: number | null | undefined, digits = 2) =>
  value === null || value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits);
const bytes = (value: number | null | undefined) => (value === null || value === undefined ? '–' : `${value}`);
const spreadText = (value: Spread, digits: number) =>
  `${fixed(value.median, digits)} (${fixed(value.min, digits)}–${fixed(value.max, digits)})`;

function row(label: string, cells: readonly string[]): string {
  return `${label.padEnd(38)}${cells.map((cell) => cell.padEnd(24)).join('')}`.trimEnd();
}

function weightRows(targets: readonly TargetResult[]): string[] {
  const parts = ['html', 'css', 'js', 'total'] as const;
  return [
    row('briefing page, raw / gzip bytes', []),
    ...parts.map((part) =>
      row(
        `  ${part}`,
        targets.map(({ page }) => (page ? `${page[part].raw} / ${page[part].gzip}` : '–')),
      ),
    ),
  ];
}

function heapCell({ peak, live, limit }: TargetResult['heapMb']): string {
  return `${fixed(peak, 0)} / ${fixed(live, 0)} / ${fixed(limit, 0)}`;
}

function searchCell(timing: SearchTiming | undefined): string {
  return timing ? `${timing.ms === null ? 'no result' : `${timing.ms} ms`}, ${timing.bytes} B` : '–';
}

function searchRows(targets: readonly TargetResult[]): string[] {
  const [first] = targets.map((target) => target.search).filter(Boolean);
  if (!first)
    return [
      row(
        'search in Chromium',
        targets.map(() => 'not measured'),
      ),
    ];
  return [
    row(
      'search page load (bytes)',
      targets.map(({ search }) => bytes(search?.pageBytes)),
    ),
    row(
      `first search "${first.common.word}"`,
      targets.map(({ search }) => searchCell(search?.common)),
    ),
    row(
      `first search "${first.rare.word}"`,
      targets.map(({ search }) => searchCell(search?.rare)),
    ),
    row(
      `"${first.rare.word}" lists its briefing first`,
      targets.map(({ search }) => (search ? (search.rareFoundFirst ? 'yes' : 'NO') : '–')),
    ),
  ];
}

/** The human table: one column per site and their ratio where it means something. */
export function formatReport(title: string, targets: readonly TargetResult[]): string {
  const [a, b] = targets;
  const ratio = (pick: (target: TargetResult) => number) => (a && b ? fixed(pick(a) / pick(b)) : '');
  const phaseRows = (Object.keys(PHASE_LABELS) as (keyof BuildPhases)[]).map((key) =>
    row(
      `  ${PHASE_LABELS[key]}`,
      targets.map((target) => fixed((target.phases[key] ?? NaN) / 1000)),
    ),
  );
  return [
    title,
    row('', [...targets.map((target) => target.name), targets.length === 2 ? 'ratio' : '']),
    row('build wall time (s)', [...targets.map((t) => spreadText(t.wallS, 2)), ratio((t) => t.wallS.median)]),
    row('CPU time, user + system (s)', [
      ...targets.map((t) => (t.cpuS ? spreadText(t.cpuS, 2) : '–')),
      ratio((t) => t.cpuS?.median ?? NaN),
    ]),
    row('peak RSS, process tree (MB)', [...targets.map((t) => spreadText(t.rssMb, 0)), ratio((t) => t.rssMb.median)]),
    row(
      'V8 heap peak / live / limit (MB)',
      targets.map(({ heapMb }) => heapCell(heapMb)),
    ),
    row('phases, median (s)', []),
    ...phaseRows,
    row(
      'warnings in build logs',
      targets.map((t) => `${t.warnings}`),
    ),
    ...weightRows(targets),
    row(
      'search index, dist/pagefind (bytes)',
      targets.map((t) => `${t.indexBytes}`),
    ),
    ...searchRows(targets),
  ].join('\n');
}

const rounded = (value: number | null | undefined, digits = 2) =>
  value === null || value === undefined || Number.isNaN(value) ? null : Number(value.toFixed(digits));

/** The machine-readable summary of a site-versus-baseline run: the bench's last line. */
export function benchJson(briefings: number, runs: number, site: TargetResult, baseline: TargetResult) {
  return {
    briefings,
    runs,
    build_s_median: rounded(site.wallS.median),
    build_s_range: [rounded(site.wallS.min), rounded(site.wallS.max)],
    baseline_s_median: rounded(baseline.wallS.median),
    baseline_s_range: [rounded(baseline.wallS.min), rounded(baseline.wallS.max)],
    ratio: rounded(site.wallS.median / baseline.wallS.median),
    cpu_s_median: rounded(site.cpuS?.median),
    baseline_cpu_s_median: rounded(baseline.cpuS?.median),
    cpu_ratio: rounded((site.cpuS?.median ?? NaN) / (baseline.cpuS?.median ?? NaN)),
    peak_rss_mb: rounded(site.rssMb.median, 0),
    baseline_peak_rss_mb: rounded(baseline.rssMb.median, 0),
    heap_peak_mb: rounded(site.heapMb.peak, 0),
    heap_live_mb: rounded(site.heapMb.live, 0),
    heap_limit_mb: rounded(site.heapMb.limit, 0),
    phases_s: Object.fromEntries(Object.entries(site.phases).map(([key, ms]) => [key, rounded(ms && ms / 1000)])),
    warnings: site.warnings + baseline.warnings,
    page_gzip_bytes: site.page?.total.gzip ?? null,
    page_js_gzip_bytes: site.page?.js.gzip ?? null,
    index_bytes: site.indexBytes,
    baseline_index_bytes: baseline.indexBytes,
    search_page_bytes: site.search?.pageBytes ?? null,
    search_first_bytes: site.search?.common.bytes ?? null,
    search_first_ms: site.search?.common.ms ?? null,
    search_rare_bytes: site.search?.rare.bytes ?? null,
    search_rare_ms: site.search?.rare.ms ?? null,
    search_rare_found_first: site.search?.rareFoundFirst ?? null,
    baseline_search_page_bytes: baseline.search?.pageBytes ?? null,
    baseline_search_first_bytes: baseline.search?.common.bytes ?? null,
    baseline_search_first_ms: baseline.search?.common.ms ?? null,
  };
}

/** The machine-readable summary of a processor comparison on the baseline: remark/rehype over Sätteri. */
export function processorsJson(briefings: number, runs: number, remark: TargetResult, satteri: TargetResult) {
  return {
    mode: 'compare-processors',
    briefings,
    runs,
    unified_s_median: rounded(remark.wallS.median),
    satteri_s_median: rounded(satteri.wallS.median),
    ratio: rounded(remark.wallS.median / satteri.wallS.median),
    unified_cpu_s_median: rounded(remark.cpuS?.median),
    satteri_cpu_s_median: rounded(satteri.cpuS?.median),
    cpu_ratio: rounded((remark.cpuS?.median ?? NaN) / (satteri.cpuS?.median ?? NaN)),
    unified_bundle_s_median: rounded((remark.phases.bundle ?? NaN) / 1000),
    satteri_bundle_s_median: rounded((satteri.phases.bundle ?? NaN) / 1000),
    unified_peak_rss_mb: rounded(remark.rssMb.median, 0),
    satteri_peak_rss_mb: rounded(satteri.rssMb.median, 0),
    warnings: remark.warnings + satteri.warnings,
  };
}

type Pair = readonly [rebuild: TargetResult, cold: TargetResult];

/** The machine-readable summary of publishing one more briefing: rebuild against cold build, site and baseline. */
export function incrementalJson(
  briefings: number,
  runs: number,
  [rebuild, cold]: Pair,
  [floorRebuild, floorCold]: Pair,
) {
  return {
    mode: 'incremental',
    briefings,
    runs,
    build_s_median: rounded(cold.wallS.median),
    rebuild_s_median: rounded(rebuild.wallS.median),
    rebuild_ratio: rounded(rebuild.wallS.median / cold.wallS.median),
    rebuild_cpu_s_median: rounded(rebuild.cpuS?.median),
    baseline_s_median: rounded(floorCold.wallS.median),
    baseline_rebuild_s_median: rounded(floorRebuild.wallS.median),
    baseline_rebuild_ratio: rounded(floorRebuild.wallS.median / floorCold.wallS.median),
    warnings: rebuild.warnings + cold.warnings + floorRebuild.warnings + floorCold.warnings,
  };
}

/** The share image renderers tried, cheapest first: CPU per image and bytes per PNG. */
export function formatRendererCosts(costs: readonly RendererCost[]): string {
  const rows = [...costs]
    .sort((a, b) => a.cpuMs - b.cpuMs)
    .map((cost) => `| ${cost.name} | ${fixed(cost.cpuMs)} ms | ${Math.round(cost.bytes / 1000)} kB |`);
  return [
    'Share images, one 1200×630 PNG each, one thread:',
    '| renderer | CPU per image | PNG |',
    '|---|---|---|',
    ...rows,
  ].join('\n');
}

/** Each wait of the writer's loop: median and range over the runs (an edit's over every edit of every run). */
function devLoopSpreads(runs: readonly DevLoopRun[]) {
  return {
    ready: spread(runs.map((run) => run.readyMs)),
    firstPage: spread(runs.map((run) => run.firstPageMs)),
    edit: spread(runs.flatMap((run) => run.editMs)),
    error: spread(runs.map((run) => run.errorMs)),
    fix: spread(runs.map((run) => run.fixMs)),
  };
}

const DEV_LOOP_LABELS = {
  ready: 'ready (address printed)',
  firstPage: 'then the briefing served',
  edit: 'a saved edit shown',
  error: 'a saved mistake shown',
  fix: 'its fix saved, page back',
} as const;

/** The writer's loop as a table, in seconds. */
export function formatDevLoop(title: string, runs: readonly DevLoopRun[]): string {
  const spreads = devLoopSpreads(runs);
  const seconds = (value: Spread): Spread => ({
    median: value.median / 1000,
    min: value.min / 1000,
    max: value.max / 1000,
  });
  return [
    title,
    row('astro dev, cold cache (s)', ['median (range)']),
    ...(Object.keys(DEV_LOOP_LABELS) as (keyof typeof DEV_LOOP_LABELS)[]).map((key) =>
      row(`  ${DEV_LOOP_LABELS[key]}`, [spreadText(seconds(spreads[key]), 2)]),
    ),
  ].join('\n');
}

/** The machine-readable summary of a writer's-loop run. */
export function devLoopJson(briefings: number, runs: readonly DevLoopRun[]) {
  const spreads = devLoopSpreads(runs);
  return {
    briefings,
    runs: runs.length,
    dev_ready_ms: Math.round(spreads.ready.median),
    dev_first_page_ms: Math.round(spreads.firstPage.median),
    dev_edit_ms: Math.round(spreads.edit.median),
    dev_edit_ms_range: [Math.round(spreads.edit.min), Math.round(spreads.edit.max)],
    dev_error_ms: Math.round(spreads.error.median),
    dev_fix_ms: Math.round(spreads.fix.median),
  };
}
