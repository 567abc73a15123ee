import { memoize } from './memoize.ts';

/** Briefing dates are calendar days: frontmatter `2026-05-23` is midnight UTC, so read them in UTC. */
const TIME_ZONE = 'UTC';

/** `2026-05-23`, for `<time datetime>` and machine-readable feeds. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

// Made once per locale: creating an `Intl.DateTimeFormat` costs far more than formatting with it, and a large archive formats dates hundreds of thousands of times.
const dayFormat = memoize((locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: TIME_ZONE }));
const fullDayFormat = memoize((locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: TIME_ZONE }));
const monthFormat = memoize((locale) => new Intl.DateTimeFormat(locale, { month: 'long', timeZone: TIME_ZONE }));

/** The date as readers see it, e.g. "May 23, 2026". */
export function formatDay(date: Date, locale: string): string {
  return dayFormat(locale).format(date);
}

/** The date with its weekday, as a day's heading reads, e.g. "Saturday, May 23, 2026". */
export function formatFullDay(date: Date, locale: string): string {
  return fullDayFormat(locale).format(date);
}

/** A month's name as readers see it, e.g. "September"; `month` is 1-based ("09"). */
export function formatMonth(year: string, month: string, locale: string): string {
  return monthFormat(locale).format(new Date(Date.UTC(Number(year), Number(month) - 1, 1)));
}

/** Year, month and day as zero-padded strings, for permalinks and archive pages. */
export function dayParts(date: Date): { year: string; month: string; day: string } {
  const [year = '', month = '', day = ''] = isoDay(date).split('-');
  return { year, month, day };
}

/** What a briefing says about its changes: `updated` and dated corrections, both optional. */
export interface ChangeRecord {
  date: Date;
  updated?: Date | undefined;
  corrections?: readonly { date: Date }[] | undefined;
}

/**
 * When a briefing last changed in substance: the latest of `updated` and its corrections, else
 * its publication day. Feeds, sitemap and structured data all use this.
 */
export function lastModified({ date, updated, corrections = [] }: ChangeRecord): Date {
  return corrections.reduce(
    (latest, correction) => (correction.date > latest ? correction.date : latest),
    updated ?? date,
  );
}

/** The day to show as "Updated": the last change when it came after publication, else none. */
export function shownUpdate(record: ChangeRecord): Date | undefined {
  const modified = lastModified(record);
  return modified > record.date ? modified : undefined;
}
