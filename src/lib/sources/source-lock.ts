/**
 * `content/sources.lock.json`: what `npm run verify` last learned about every cited URL, so that
 * the build (offline) can say when a source was checked and whether its page is still there.
 */
import { z } from 'astro/zod';

/**
 * ok: the page answered 2xx (perhaps after redirects); gone: it answered 404 or 410; failed: any
 * other answer or none (5xx, timeout, too large, refused by robots.txt, no such host); unchecked:
 * listed, but no check has reached it yet (a run without internet writes this, and never over a real result).
 */
export const LOCK_STATUSES = ['ok', 'gone', 'failed', 'unchecked'] as const;
export type LockStatus = (typeof LOCK_STATUSES)[number];

/** What a check found of one quote on the page. */
const quoteResult = z
  .object({
    /** The quote is on the page, after folding whitespace, quote marks, dashes and case. */
    found: z.boolean(),
    /** The site's `#:~:text=` link would land on it in a browser. */
    lands: z.boolean(),
    /** When not found: the page's passage nearest to it. */
    closest: z.string().optional(),
  })
  .strict();

/** The last check of one URL. */
const lockEntry = z
  .object({
    status: z.enum(LOCK_STATUSES),
    /** Day of the check (YYYY-MM-DD); absent while unchecked. */
    checked: z.iso.date().optional(),
    /** The HTTP status of the last answer, after redirects. */
    httpStatus: z.number().int().optional(),
    /** Where the redirects ended, when that is not the URL itself. */
    finalUrl: z.string().optional(),
    /** How many redirects were followed. */
    redirects: z.number().int().optional(),
    /** Why the check failed or what it could not do (not HTML, no network). */
    reason: z.string().optional(),
    contentType: z.string().optional(),
    /** sha256 of the page's extracted text, to see that it changed. */
    contentHash: z.string().optional(),
    /** Each quote the briefings attach to this URL, by its text. */
    quotes: z.record(z.string(), quoteResult).optional(),
  })
  .strict();

const lockFile = z.object({ version: z.literal(1), sources: z.record(z.string(), lockEntry) }).strict();

export type QuoteResult = z.infer<typeof quoteResult>;
export type LockEntry = z.infer<typeof lockEntry>;
export type SourceLock = z.infer<typeof lockFile>;

/** A lock with nothing in it: what the build uses when there is no lock file. */
export function emptyLock(): SourceLock {
  return { version: 1, sources: {} };
}

/** The lock file's contents, validated; a broken lock file is an error naming the field. */
export function parseSourceLock(json: unknown): SourceLock {
  const parsed = lockFile.safeParse(json);
  if (parsed.success) return parsed.data;
  const [issue] = parsed.error.issues;
  const where = issue?.path.join('.') || 'the file';
  throw new Error(`sources.lock.json is not a valid lock file: ${where}: ${issue?.message ?? 'invalid'}.`);
}

/** The lock as committed: URLs in order, two-space indentation and a final newline, so diffs stay small. */
export function serializeSourceLock(lock: SourceLock): string {
  const sources = Object.fromEntries(Object.entries(lock.sources).sort(([a], [b]) => a.localeCompare(b)));
  return `${JSON.stringify({ version: 1, sources }, null, 2)}\n`;
}

/**
 * The lock after a run: each new result replaces the old one, except that `unchecked` never
 * replaces a real result; with `cited`, URLs no briefing cites any more are dropped.
 */
export function updateSourceLock(
  lock: SourceLock,
  results: ReadonlyMap<string, LockEntry>,
  cited?: ReadonlySet<string>,
): SourceLock {
  const sources: Record<string, LockEntry> = { ...lock.sources };
  for (const [url, entry] of results) {
    const known = sources[url];
    if (entry.status === 'unchecked' && known && known.status !== 'unchecked') continue;
    sources[url] = entry;
  }
  const kept = cited ? Object.entries(sources).filter(([url]) => cited.has(url)) : Object.entries(sources);
  return { version: 1, sources: Object.fromEntries(kept) };
}

/** Whether readers can open the original: unavailable once a check found it gone, unknown until checked. */
export function availabilityOf(entry: LockEntry | undefined): 'available' | 'unavailable' | 'unknown' {
  if (!entry || entry.status === 'unchecked' || entry.status === 'failed') return 'unknown';
  return entry.status === 'gone' ? 'unavailable' : 'available';
}
