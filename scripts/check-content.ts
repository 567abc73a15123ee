/**
 * `npm run check [FILES or FOLDERS…]`: checks briefings without building the site, in about a
 * second. Prints one line per finding (`file:line:col  error|warning  message  (what to do)`)
 * and a summary; exits 1 on any error. `--help` prints the usage (src/lib/content/check-arguments.ts).
 */
import { checkContent } from '../src/content-check/content-files.ts';
import { resolveCheckTarget, type CheckTarget } from '../src/content-check/check-targets.ts';
import { CHECK_USAGE, parseCheckArguments } from '../src/lib/content/check-arguments.ts';
import { formatDiagnostic, summarizeDiagnostics, type Diagnostic } from '../src/lib/content/diagnostics.ts';
import { buildSettings } from '../src/site.config.ts';

function fail(problem: string): never {
  console.error(problem);
  process.exit(1);
}

const request = parseCheckArguments(process.argv.slice(2));
if ('problem' in request) fail(request.problem);
if (request.help) {
  console.log(CHECK_USAGE);
  process.exit(0);
}

const targets = (request.paths.length ? request.paths : [buildSettings(process.env).contentDir]).map((path) => {
  const target = resolveCheckTarget(path);
  return 'problem' in target ? fail(target.problem) : target;
});

const named = (target: CheckTarget) => (file: string) =>
  target.within.endsWith('/') || target.within.endsWith('\\') ? file.startsWith(target.within) : file === target.within;

/** Each content folder is checked once, whole; only the findings about the named briefings are kept. */
function checkTargets() {
  const files = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const contentDir of new Set(targets.map((target) => target.contentDir))) {
    const mine = targets.filter((target) => target.contentDir === contentDir).map(named);
    const result = checkContent(contentDir);
    result.files.filter((file) => mine.some((isNamed) => isNamed(file))).forEach((file) => files.add(file));
    diagnostics.push(...result.diagnostics.filter((finding) => mine.some((isNamed) => isNamed(finding.file))));
  }
  return { briefings: files.size, diagnostics };
}

const { briefings, diagnostics } = checkTargets();
const errors = diagnostics.filter((finding) => finding.severity === 'error').length;
const shown = request.quiet ? diagnostics.filter((finding) => finding.severity === 'error') : diagnostics;

function asJson({ file, position, severity, message, hint }: Diagnostic) {
  return { file, line: position.line, column: position.column, severity, message, hint };
}

if (request.json) {
  const warnings = diagnostics.length - errors;
  console.log(JSON.stringify({ briefings, errors, warnings, diagnostics: shown.map(asJson) }, null, 2));
} else {
  for (const finding of shown) console.log(formatDiagnostic(finding));
  console.log(summarizeDiagnostics(diagnostics, briefings));
}
process.exitCode = errors ? 1 : 0;
