import type { LockEntry } from '../lib/sources/source-lock.ts';
import { isoDay } from '../lib/site/dates.ts';
import { checkUrl, type CheckOptions } from './check-source.ts';

function asFailure(entry: LockEntry | undefined, today: Date): LockEntry {
  return {
    status: 'failed',
    checked: isoDay(today),
    reason: entry?.reason?.replace(/^no network: /, '') ?? 'no answer',
  };
}

/** At most this many requests at once, and one at a time per host: polite to every site. */
export const CONCURRENCY = 4;

/** Runs `task` over `items`, `limit` at a time, keeping items of one `key` one after another. */
async function runPolitely<T>(
  items: readonly T[],
  key: (item: T) => string,
  limit: number,
  task: (item: T) => Promise<void>,
) {
  const queues = [...Map.groupBy(items, key).values()];
  let next = 0;
  const worker = async () => {
    while (next < queues.length) {
      const queue = queues[next++] ?? [];
      for (const item of queue) await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, queues.length) }, worker));
}

/** What a run found: each URL's entry, and whether no check reached the network at all. */
export interface VerifyRun {
  results: Map<string, LockEntry>;
  offline: boolean;
}

/** Checks every URL with its quotes, politely; `onResult` hears of each as it finishes. */
export async function verifyUrls(
  targets: ReadonlyMap<string, readonly string[]>,
  options: CheckOptions,
  onResult: (url: string, entry: LockEntry) => void = () => undefined,
): Promise<VerifyRun> {
  const results = new Map<string, LockEntry>();
  const unreached: string[] = [];
  await runPolitely(
    [...targets.keys()],
    (url) => new URL(url).host,
    CONCURRENCY,
    async (url) => {
      const { entry, offline } = await checkUrl(url, targets.get(url) ?? [], options);
      if (offline) unreached.push(url);
      results.set(url, entry);
      onResult(url, entry);
    },
  );
  const offline = targets.size > 0 && unreached.length === targets.size;
  // Where other sites answered, a host that cannot be found is a dead source, not a missing network.
  if (!offline) for (const url of unreached) results.set(url, asFailure(results.get(url), options.today));
  return { results, offline };
}
