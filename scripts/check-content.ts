/**
 * `npm run check`: checks every briefing without building the site, in about a second.
 * Prints one line per finding (`file:line:col  error|warning  message  (what to do)`) and
 * a summary; exits 1 on any error. `--json` prints the same findings for editors and CI.
 * The content folder is CONTENT_DIR (default `content/`), or the first argument.
 */
import { existsSync } from 'node:fs';
import { checkContent } from '../src/content-check/content-files.ts';
import { formatDiagnostic, summarizeDiagnostics, type Diagnostic } from '../src/lib/content/diagnostics.ts';
import { buildSettings } from '../src/site.config.ts';

const args = process.argv.slice(2);
const contentDir = args.find((arg) => !arg.startsWith('--')) ?? buildSettings(process.env).contentDir;
if (!existsSync(contentDir)) {
  console.error(`There is no content folder at ${contentDir}.`);
  process.exit(1);
}
const { briefings, diagnostics } = checkContent(contentDir);
const errors = diagnostics.filter((finding) => finding.severity === 'error').length;

function asJson({ file, position, severity, message, hint }: Diagnostic) {
  return { file, line: position.line, column: position.column, severity, message, hint };
}

if (args.includes('--json')) {
  const warnings = diagnostics.length - errors;
  console.log(JSON.stringify({ briefings, errors, warnings, diagnostics: diagnostics.map(asJson) }, null, 2));
} else {
  for (const finding of diagnostics) console.log(formatDiagnostic(finding));
  console.log(summarizeDiagnostics(diagnostics, briefings));
}
process.exitCode = errors ? 1 : 0;
