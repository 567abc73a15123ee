/**
 * `npm run validate`: the built site (`dist/`, or OUT_DIR) through independent validators: the
 * W3C Nu HTML checker and html-validate on every page, pa11y (HTML_CodeSniffer) on one page of
 * each type a reader stays on, in light and dark mode. (axe runs in the browser tests.) Exits non-zero on any error.
 */
import { spawn } from 'node:child_process';
import { PAGE_TYPES } from './lib/page-types.ts';
import { checkWithHtmlValidate } from './lib/validators/html-validate.ts';
import { checkWithNu, type Finding } from './lib/validators/nu-checker.ts';
import { checkWithPa11y } from './lib/validators/pa11y.ts';

const PORT = Number(process.env['VALIDATE_PORT'] ?? 5191);
const dist = process.env['OUT_DIR'] || 'dist';

async function serve(): Promise<() => void> {
  const server = spawn('npx', ['astro', 'preview', '--port', String(PORT), '--ignore-lock'], {
    stdio: 'ignore',
    detached: true,
  });
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`http://localhost:${PORT}/`)).ok) return () => server.pid && process.kill(-server.pid);
    } catch {
      await new Promise((done) => setTimeout(done, 200));
    }
  }
  throw new Error(`astro preview did not answer on port ${PORT}.`);
}

function report(name: string, findings: Finding[]): number {
  console.log(`${name}: ${findings.length} error${findings.length === 1 ? '' : 's'}`);
  for (const { file, rule, message } of findings.slice(0, 50)) console.log(`  ${file}: ${rule}: ${message}`);
  return findings.length;
}

const stop = await serve();
try {
  const errors =
    report('W3C Nu HTML checker', checkWithNu(dist)) +
    report('html-validate (recommended)', await checkWithHtmlValidate(dist)) +
    report(
      'pa11y (HTML_CodeSniffer, WCAG2AA)',
      // Not the question page, which sends the reader on to the briefing while pa11y runs (its HTML is checked above).
      await checkWithPa11y(`http://localhost:${PORT}/`, Object.values(PAGE_TYPES)),
    );
  process.exitCode = errors > 0 ? 1 : 0;
} finally {
  stop();
}
