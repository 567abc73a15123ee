import type { LockEntry } from './source-lock.ts';

/** A check older than this many days is stale, unless SOURCES_MAX_AGE_DAYS says otherwise. */
export const DEFAULT_MAX_AGE_DAYS = 90;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from a `YYYY-MM-DD` check to today. */
export function daysSince(day: string, today: Date): number {
  return Math.floor((today.getTime() - Date.parse(`${day}T00:00:00Z`)) / DAY_MS);
}

/** How a URL's last check stands: never run, unchecked (run offline), failed, stale or fresh. */
export type Freshness =
  { state: 'never' } | { state: 'unchecked' } | { state: 'failed' | 'stale' | 'fresh'; checked: string; age: number };

/** How a URL's last check stands today, with checks older than `maxAgeDays` stale. */
export function freshnessOf(entry: LockEntry | undefined, today: Date, maxAgeDays: number): Freshness {
  if (!entry) return { state: 'never' };
  if (entry.status === 'unchecked' || !entry.checked) return { state: 'unchecked' };
  const age = daysSince(entry.checked, today);
  if (entry.status === 'failed') return { state: 'failed', checked: entry.checked, age };
  return { state: age > maxAgeDays ? 'stale' : 'fresh', checked: entry.checked, age };
}

/** Whether `npm run verify --since DAYS` checks a URL again: never checked for real, or checked more than DAYS ago. */
export function isDue(entry: LockEntry | undefined, today: Date, sinceDays: number | undefined): boolean {
  if (sinceDays === undefined || !entry?.checked || entry.status === 'unchecked') return true;
  return daysSince(entry.checked, today) >= sinceDays;
}

/** The age limit from the environment (SOURCES_MAX_AGE_DAYS), else the default. */
export function maxAgeFrom(value: string | undefined): number {
  const days = Number(value);
  return value && Number.isInteger(days) && days > 0 ? days : DEFAULT_MAX_AGE_DAYS;
}
