import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatTimedLog, listWarnings, parseBuildPhases, parseCpuSeconds, parseHeapPeak } from '../lib/build-log.ts';
import type { SyntheticBriefing } from '../lib/corpus.ts';
import type { RunRecord } from '../lib/report.ts';
import { runCommand } from './run-command.ts';

/** One site the bench builds: a name, the npm arguments that build it, and extra environment. */
export interface Target {
  name: string;
  args: string[];
  env: Record<string, string>;
}

/** Where a bench run keeps its content, and each site's output, caches and logs. */
export interface Workspace {
  root: string;
  content: string;
  liveHeap: boolean;
}

const HEAP_PROBE = pathToFileURL(join(import.meta.dirname, 'heap-probe.mjs')).href;

// Both go through npm, so each carries the same launcher overhead; the site's is `npm run build` itself.
export const SITE: Target = { name: 'site', args: ['run', 'build', '--silent'], env: {} };

/** The bare baseline under bench/baseline, with a given Markdown processor (see its processor.ts). */
export function baselineTarget(name: string, processor: string): Target {
  return {
    name,
    args: ['exec', '--no', '--', 'astro', 'build', '--root', 'bench/baseline'],
    env: { BASELINE_PROCESSOR: processor },
  };
}

/** Writes briefings into the content folder. */
export function writeBriefings(content: string, briefings: readonly SyntheticBriefing[]): void {
  for (const { path, text } of briefings) {
    mkdirSync(dirname(join(content, path)), { recursive: true });
    writeFileSync(join(content, path), text);
  }
}

/** Takes briefings out of the content folder again. */
export function removeBriefings(content: string, briefings: readonly SyntheticBriefing[]): void {
  for (const { path } of briefings) rmSync(join(content, path), { force: true });
}

function buildEnv(target: Target, workspace: Workspace): NodeJS.ProcessEnv {
  const probe = `--import=${HEAP_PROBE}${workspace.liveHeap ? ' --expose-gc' : ''}`;
  return {
    ...process.env,
    ...target.env,
    CONTENT_DIR: workspace.content,
    OUT_DIR: join(workspace.root, target.name, 'dist'),
    CACHE_DIR: join(workspace.root, target.name, 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
    NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} ${probe}`.trim(),
  };
}

/**
 * Builds a site once and measures it. Always with a fresh output folder, as a deploy starts;
 * `cold` also empties the caches (content store, Vite), as a first build or a clean CI does.
 * The timed log is kept as `<name>-<label>.log` in the workspace.
 */
export async function buildOnce(target: Target, workspace: Workspace, label: string, cold: boolean) {
  const folder = join(workspace.root, target.name);
  rmSync(join(folder, cold ? '' : 'dist'), { recursive: true, force: true });
  mkdirSync(join(folder, 'cache'), { recursive: true });
  const result = await runCommand('npm', target.args, buildEnv(target, workspace));
  writeFileSync(join(workspace.root, `${target.name}-${label}.log`), formatTimedLog(result.lines));
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
  } satisfies RunRecord;
}
