import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { LogLine } from '../lib/build-log.ts';
import { treeResidentBytes } from './process-tree.ts';

/** What one measured command did: its output lines stamped with arrival time, wall time, peak memory. */
export interface CommandRun {
  exitCode: number;
  wallMs: number;
  /** Peak of the whole process tree's resident memory, sampled every 100 ms. */
  peakRssBytes: number;
  lines: LogLine[];
}

const SAMPLE_MS = 100;
// The shell's `times` prints the CPU time of every process it waited for, descendants included:
// a figure that, unlike wall time, barely moves when other work shares the machine.
const WITH_CPU_TIMES = '"$0" "$@"; status=$?; times >&2; exit $status';

/**
 * Runs a command under `sh`, stamping each output line with milliseconds since the start,
 * sampling its memory, and ending its output with the shell's `times` (see `parseCpuSeconds`).
 */
export function runCommand(command: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<CommandRun> {
  const start = performance.now();
  const child = spawn('sh', ['-c', WITH_CPU_TIMES, command, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: LogLine[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (text) => lines.push({ ms: performance.now() - start, text }));
  }
  let peakRssBytes = 0;
  const sample = () => (peakRssBytes = Math.max(peakRssBytes, child.pid ? treeResidentBytes(child.pid) : 0));
  const sampler = setInterval(sample, SAMPLE_MS);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      resolve({ exitCode: code ?? 1, wallMs: performance.now() - start, peakRssBytes, lines });
    });
  });
}
