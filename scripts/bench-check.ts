/**
 * `npm run bench:check [-- --runs 9] [-- --copies 1000]`: how long `npm run check` takes,
 * as a writer waits for it (a fresh process each run). Prints the median and range of
 * `--runs` runs over content/, or over `--copies` renamed copies of its briefings.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, globSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { median } from '../bench/lib/stats.ts';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
}

/** A content folder with `copies` copies of every briefing, each under its own slug. */
function copyContent(copies: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-bench-'));
  cpSync('content', dir, { recursive: true, filter: (path) => !path.includes('/briefings/') });
  for (const path of globSync('**/*.mdx', { cwd: 'content/briefings' })) {
    const text = readFileSync(join('content/briefings', path), 'utf8');
    for (let n = 1; n <= copies; n++) {
      mkdirSync(join(dir, 'briefings', dirname(path)), { recursive: true });
      writeFileSync(join(dir, 'briefings', path.replace(/\.mdx$/, `-${n}.mdx`)), text);
    }
  }
  return dir;
}

function timeCheck(contentDir: string): number {
  const start = performance.now();
  try {
    execFileSync(process.execPath, ['scripts/check-content.ts', contentDir], { stdio: 'ignore' });
  } catch {
    // Findings make the check exit 1; the time is what matters here.
  }
  return performance.now() - start;
}

const runs = option('runs', 9);
const copies = option('copies', 0);
const contentDir = copies ? copyContent(copies) : 'content';
const times = Array.from({ length: runs }, () => timeCheck(contentDir)).sort((a, b) => a - b);
const ms = (value = 0) => `${Math.round(value)} ms`;
console.log(
  `npm run check over ${contentDir} (${globSync('briefings/**/*.mdx', { cwd: contentDir }).length} briefings), ${runs} runs:`,
);
console.log(`median ${ms(median(times))}, fastest ${ms(times[0])}, slowest ${ms(times.at(-1))}`);
if (copies) rmSync(contentDir, { recursive: true });
