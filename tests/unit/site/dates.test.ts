import { describe, expect, test } from 'vitest';
import {
  dayParts,
  formatDay,
  formatFullDay,
  formatMonth,
  isoDay,
  lastModified,
  shownUpdate,
} from '../../../src/lib/site/dates.ts';

describe('dates', () => {
  const day = new Date('2026-05-23');
  test('read calendar days in UTC whatever the machine’s zone', () => {
    expect(isoDay(day)).toBe('2026-05-23');
    expect(formatDay(day, 'en')).toBe('May 23, 2026');
    expect(formatFullDay(day, 'en')).toBe('Saturday, May 23, 2026');
    expect(formatFullDay(new Date('2026-05-23T23:59:00Z'), 'en-GB')).toBe('Saturday, 23 May 2026');
    expect(dayParts(day)).toEqual({ year: '2026', month: '05', day: '23' });
  });

  test('lastModified prefers the update day', () => {
    expect(lastModified({ date: day })).toBe(day);
    const updated = new Date('2026-06-01');
    expect(lastModified({ date: day, updated })).toBe(updated);
  });

  test('lastModified follows the latest correction, even past an earlier update day', () => {
    const corrections = [{ date: new Date('2026-05-25') }, { date: new Date('2026-05-24') }];
    expect(isoDay(lastModified({ date: day, corrections }))).toBe('2026-05-25');
    expect(isoDay(lastModified({ date: day, updated: new Date('2026-05-24'), corrections }))).toBe('2026-05-25');
    expect(isoDay(lastModified({ date: day, updated: new Date('2026-06-01'), corrections }))).toBe('2026-06-01');
  });

  test('shownUpdate gives the last change only when it came after publication', () => {
    expect(shownUpdate({ date: day })).toBeUndefined();
    expect(shownUpdate({ date: day, updated: day })).toBeUndefined();
    expect(shownUpdate({ date: day, corrections: [{ date: new Date('2026-05-25') }] })).toEqual(new Date('2026-05-25'));
  });

  test('formatMonth names a 1-based month in the reader’s language', () => {
    expect(formatMonth('2017', '09', 'en')).toBe('September');
    expect(formatMonth('2017', '01', 'en')).toBe('January');
  });
});
