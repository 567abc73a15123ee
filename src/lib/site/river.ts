import { groupByKeys } from './archive.ts';
import { isoDay } from './dates.ts';

/** One day of the home page's river: its items in the order given, the first being the day's lead. */
export interface RiverDay<T> {
  /** The calendar day, `2026-05-23`. */
  day: string;
  lead: T;
  rest: T[];
}

/**
 * Items grouped under their calendar day (UTC, as briefing dates are read), newest day first.
 * Within a day the items keep the order they were given (newest first), so the first is that
 * day's lead, the item the home page shows larger.
 */
export function groupByDay<T>(items: readonly T[], dateOf: (item: T) => Date): RiverDay<T>[] {
  const byDay = groupByKeys(items, (item) => [isoDay(dateOf(item))]);
  return [...byDay.keys()]
    .sort()
    .reverse()
    .flatMap((day) => {
      const [lead, ...rest] = byDay.get(day) ?? [];
      return lead === undefined ? [] : [{ day, lead, rest }];
    });
}
