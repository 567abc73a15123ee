/**
 * `npm run verify [FILES…] [--json] [--since DAYS]`: fetches every cited page (and archived
 * copy), checks that it answers and that each quote is on it, and records the results in
 * `<content>/sources.lock.json`, which the build and `npm run check` read offline.
 * FILES limits the run to those briefings; --since DAYS skips URLs checked in the last DAYS days.
 */
import { readBriefings } from '../src/content-check/content-files.ts';
import { collectTargets } from '../src/lib/sources/verify-targets.ts';
import { isDue } from '../src/lib/sources/staleness.ts';
import { updateSourceLock } from '../src/lib/sources/source-lock.ts';
import { countOutcomes, formatResult, summarizeResults } from '../src/lib/sources/verify-report.ts';
import { buildSettings, site } from '../src/site.config.ts';
import { selectBriefings, sourcesOf } from '../src/verify/cited-sources.ts';
import { readLockFile, writeLockFile, lockPath } from '../src/verify/lock-file.ts';
import { createRobotsGate } from '../src/verify/robots.ts';
import { verifyUrls } from '../src/verify/run-verify.ts';
import { parseVerifyArgs, verifyOptions } from '../src/verify/verify-settings.ts';

const args = parseVerifyArgs(process.argv.slice(2));
const { contentDir } = buildSettings(process.env);
const today = new Date();
const all = readBriefings(contentDir);
const chosen = selectBriefings(all, args.files);
const lock = readLockFile(contentDir);
const targets = collectTargets(chosen.flatMap(sourcesOf));
const due = new Map([...targets].filter(([url]) => isDue(lock.sources[url], today, args.since)));

const fetchOptions = verifyOptions(process.env, site.url);
const options = { ...fetchOptions, allowedByRobots: createRobotsGate(fetchOptions), today, locale: site.lang };
const print = args.json
  ? () => undefined
  : (url: string, entry: Parameters<typeof formatResult>[1]) => console.log(formatResult(url, entry));
const { results, offline } = await verifyUrls(due, options, print);

// A run over every briefing also drops URLs no briefing cites any more.
const cited = args.files.length ? undefined : new Set(collectTargets(all.flatMap(sourcesOf)).keys());
writeLockFile(contentDir, updateSourceLock(lock, results, cited));

const skipped = targets.size - due.size;
const notes = [
  offline &&
    `No network: none of the ${due.size} URLs could be reached from this machine, so nothing was checked; the lock keeps earlier results and lists new URLs as unchecked.`,
  skipped > 0 && `${skipped} checked in the last ${args.since} days, skipped.`,
].filter((note): note is string => typeof note === 'string');
if (args.json) {
  console.log(
    JSON.stringify(
      { checked: due.size, skipped, offline, outcomes: countOutcomes(results), results: Object.fromEntries(results) },
      null,
      2,
    ),
  );
} else {
  console.log(`${summarizeResults(results)}. Wrote ${lockPath(contentDir)}.`);
  for (const note of notes) console.log(note);
}
