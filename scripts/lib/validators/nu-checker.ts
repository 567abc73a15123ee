import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** One finding of a validator: where, which rule or checker, and what it said. */
export interface Finding {
  file: string;
  rule: string;
  message: string;
}

interface NuMessage {
  type: string;
  url?: string;
  message: string;
}

/**
 * The W3C Nu HTML checker (npm `vnu-jar`) over every page under `dist`, in one Java run, since
 * the checker takes seconds to start. Errors only; it needs `java` (Debian: default-jre-headless).
 */
export function checkWithNu(dist: string): Finding[] {
  const jar = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');
  const args = ['-jar', jar, '--errors-only', '--format', 'json', '--skip-non-html', '--exit-zero-always', dist];
  // The checker writes its report to stderr.
  const report = execFileSync('java', args, { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  return parseNuReport(report);
}

/** The errors of a Nu checker JSON report. */
export function parseNuReport(report: string): Finding[] {
  const { messages } = JSON.parse(report || '{"messages":[]}') as { messages: NuMessage[] };
  return messages
    .filter(({ type }) => type === 'error' || type === 'non-document-error')
    .map(({ url = '', message }) => ({ file: url.replace(/^file:/, ''), rule: 'vnu', message }));
}
