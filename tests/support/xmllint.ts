import { spawnSync } from 'node:child_process';

/** Runs xmllint (Debian's libxml2-utils, which .ci/run installs) on a file: well-formed XML or not. */
export function xmllint(file: string): { status: number | null; stderr: string } {
  const result = spawnSync('xmllint', ['--noout', file], { encoding: 'utf8' });
  if (result.error) throw new Error(`xmllint could not run (apt-get install libxml2-utils): ${result.error.message}`);
  return { status: result.status, stderr: result.stderr };
}
