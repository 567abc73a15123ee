/**
 * What `npm run check` says about a briefing's sources from the lock file: never verified, checked
 * too long ago, last check failed, quote not found, or gone with no archived copy. Warnings only:
 * the web changes under a briefing, and a writer decides what to do about it.
 */
import type { FieldProblem } from '../content/diagnostics.ts';
import type { RawSource } from '../content/frontmatter.ts';
import type { LockEntry, SourceLock } from './source-lock.ts';
import { freshnessOf } from './staleness.ts';

/** What the lock checks need beyond the briefing. */
export interface LockCheckSettings {
  lock: SourceLock;
  today: Date;
  /** Checks older than this many days are stale. */
  maxAgeDays: number;
  /** Also warn about URLs listed as `unchecked` (a lock written without internet); off by default, so an offline machine stays quiet. */
  strict?: boolean;
}

type Warn = (message: string, hint: string) => FieldProblem;

/** The command that checks one briefing again, as a writer would type it. */
const verifyCommand = (file: string) => `npm run verify -- ${file}`;

/** The command that asks the Wayback Machine for its closest copy of a URL. */
export function findArchiveCommand(url: string): string {
  return `curl -s "https://archive.org/wayback/available?url=${encodeURIComponent(url)}"`;
}

function freshnessProblems(
  id: string,
  entry: LockEntry | undefined,
  file: string,
  settings: LockCheckSettings,
  warn: Warn,
) {
  const freshness = freshnessOf(entry, settings.today, settings.maxAgeDays);
  const run = `run \`${verifyCommand(file)}\``;
  switch (freshness.state) {
    case 'never':
      return [warn(`Source "${id}" has never been verified.`, `${run} to check its page and quote`)];
    case 'unchecked':
      return settings.strict
        ? [
            warn(
              `Source "${id}" is listed in the lock file but was never checked.`,
              `${run} where the internet can be reached`,
            ),
          ]
        : [];
    case 'stale':
      return [
        warn(
          `Source "${id}" was last verified on ${freshness.checked}, ${freshness.age} days ago.`,
          `${run} to check it again`,
        ),
      ];
    case 'failed':
      return [
        warn(
          `The last check of source "${id}" failed on ${freshness.checked}: ${entry?.reason ?? 'no answer'}.`,
          `open the page to see whether it moved, then ${run}`,
        ),
      ];
    default:
      return [];
  }
}

function goneProblems(source: RawSource, entry: LockEntry | undefined, warn: Warn): FieldProblem[] {
  if (entry?.status !== 'gone' || source.archived) return [];
  return [
    warn(
      `Source "${source.id}" is gone (HTTP ${entry.httpStatus ?? '?'} on ${entry.checked ?? 'the last check'}) and has no archived copy.`,
      `find one with \`${findArchiveCommand(source.url)}\` and add it as archived:, or cite another source`,
    ),
  ];
}

function quoteProblems(
  source: RawSource & { quote?: unknown },
  entry: LockEntry | undefined,
  warn: Warn,
): FieldProblem[] {
  if (typeof source.quote !== 'string' || entry?.status !== 'ok') return [];
  const result = entry.quotes?.[source.quote];
  if (!result) return [];
  if (!result.found) {
    const closest = result.closest ? ` The closest passage is "${result.closest}".` : '';
    return [
      warn(
        `The quote of source "${source.id}" was not on its page on ${entry.checked ?? 'the last check'}.${closest}`,
        'copy the quote from the page as it is now, or cite an archived copy that has it',
      ),
    ];
  }
  if (!result.lands) {
    return [
      warn(
        `The link to the quote of source "${source.id}" would not land: the page writes it with other quote marks or dashes.`,
        'copy the quote character for character from the page',
      ),
    ];
  }
  return [];
}

/** Warnings about each of a briefing's sources from the lock file, at the source's `url`. */
export function checkSourceLock(
  sources: readonly RawSource[],
  file: string,
  settings: LockCheckSettings,
): FieldProblem[] {
  return sources.flatMap((source, index) => {
    const warn: Warn = (message, hint) => ({ path: ['sources', index, 'url'], severity: 'warning', message, hint });
    const entry = settings.lock.sources[source.url];
    return [
      ...freshnessProblems(source.id, entry, file, settings, warn),
      ...goneProblems(source, entry, warn),
      ...quoteProblems(source, entry, warn),
    ];
  });
}
