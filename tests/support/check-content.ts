import { spawnSync } from 'node:child_process';

/** Runs `npm run check` (the script itself, without npm's banner) over a content folder. */
export function runCheck(contentDir: string, ...flags: string[]) {
  const result = spawnSync(process.execPath, ['scripts/check-content.ts', contentDir, ...flags], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The findings of one severity a check printed, each as `file:line:col  severity  message`, without its hint. */
export function findingLines(stdout: string, severity: 'error' | 'warning' = 'error'): string[] {
  return stdout
    .split('\n')
    .filter((line) => new RegExp(`:\\d+:\\d+ {2}${severity} {2}`).test(line))
    .map((line) => line.replace(/ {2}\(.*\)$/, ''));
}
