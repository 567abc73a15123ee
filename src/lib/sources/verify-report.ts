/** What `npm run verify` prints: one line per URL and a summary that counts each outcome. */
import type { LockEntry } from './source-lock.ts';
import { plural } from '../text/plural.ts';

/** The outcome a reader of the report cares about, from most to least urgent. */
export type Outcome =
  'gone' | 'failed' | 'quote missing' | 'link misses' | 'redirected' | 'ok' | 'not read' | 'unchecked';

/** The one outcome that sums up a URL's check. */
export function outcomeOf(entry: LockEntry): Outcome {
  if (entry.status !== 'ok') return entry.status;
  const quotes = Object.values(entry.quotes ?? {});
  if (quotes.some((quote) => !quote.found)) return 'quote missing';
  if (quotes.some((quote) => !quote.lands)) return 'link misses';
  if (entry.reason) return 'not read';
  return entry.finalUrl ? 'redirected' : 'ok';
}

function detail(entry: LockEntry): string {
  const parts = [
    entry.httpStatus !== undefined && `HTTP ${entry.httpStatus}`,
    entry.finalUrl && `→ ${entry.finalUrl} (${plural(entry.redirects ?? 1, 'redirect')})`,
    entry.reason !== `HTTP ${entry.httpStatus}` && entry.reason,
    ...Object.entries(entry.quotes ?? {}).flatMap(([quote, result]) =>
      result.found
        ? result.lands
          ? []
          : [`quote "${quote}" found, but its link would not land`]
        : [`quote "${quote}" not found; closest: "${result.closest ?? ''}"`],
    ),
  ];
  return parts.filter(Boolean).join('; ');
}

/** One line of the report: outcome, URL and what was seen. */
export function formatResult(url: string, entry: LockEntry): string {
  const seen = detail(entry);
  return `${outcomeOf(entry).padEnd(13)} ${url}${seen ? `  (${seen})` : ''}`;
}

/** How many URLs had each outcome, e.g. "12 URLs: 9 ok, 1 gone, 2 quote missing". */
export function summarizeResults(results: ReadonlyMap<string, LockEntry>): string {
  const parts = Object.entries(countOutcomes(results))
    .sort(([, a], [, b]) => b - a)
    .map(([outcome, count]) => `${count} ${outcome}`);
  return `${plural(results.size, 'URL')}${parts.length ? `: ${parts.join(', ')}` : ''}`;
}

/** Counts by outcome, for `--json` and the weekly pull request. */
export function countOutcomes(results: ReadonlyMap<string, LockEntry>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const entry of results.values()) counts[outcomeOf(entry)] = (counts[outcomeOf(entry)] ?? 0) + 1;
  return counts;
}
