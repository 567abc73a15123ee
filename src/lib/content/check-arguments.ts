/**
 * The command line of `npm run check`: which paths to check and how to report. Reading the
 * paths (are they files, folders, briefings?) is the script's; this only sorts the words.
 */

/** What `npm run check` was asked to do. */
export interface CheckRequest {
  /** Files or folders, as written; none means the whole content folder. */
  paths: string[];
  json: boolean;
  /** Print errors only (the summary still counts warnings). */
  quiet: boolean;
  help: boolean;
}

const FLAGS = ['--json', '--quiet', '--help', '-h', '-q'];

/** The usage `npm run check -- --help` prints. */
export const CHECK_USAGE = `Usage: npm run check -- [options] [FILES or FOLDERS…]

Checks briefings without building the site, and prints one line per finding:
  file:line:col  error|warning  message  (what to do)
Exits 1 if there is any error.

With no paths, checks every briefing in the content folder (CONTENT_DIR, default content/).
A path may be a briefing (.mdx under a briefings/ folder), a folder of briefings, or a content
folder (one that holds briefings/); relative to the project or absolute. Findings are given
for the briefings named only, but they are checked against all the others (shared permalinks,
shared sources).

Options:
  --quiet, -q   print errors only
  --json        print the findings as JSON, for editors and CI
  --help, -h    print this help`;

/** The request in `args` (what follows `npm run check --`), or a problem with one of them. */
export function parseCheckArguments(args: readonly string[]): CheckRequest | { problem: string } {
  const unknown = args.find((arg) => arg.startsWith('-') && !FLAGS.includes(arg));
  if (unknown) return { problem: `Unknown option "${unknown}". Run npm run check -- --help for the options.` };
  return {
    paths: args.filter((arg) => !arg.startsWith('-')),
    json: args.includes('--json'),
    quiet: args.includes('--quiet') || args.includes('-q'),
    help: args.includes('--help') || args.includes('-h'),
  };
}
