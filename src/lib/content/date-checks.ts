import { isoDay } from '../site/dates.ts';
import type { FieldProblem } from './diagnostics.ts';

/** A briefing's days, once each is known to be a real day. */
export interface BriefingDays {
  date?: Date | undefined;
  updated?: Date | undefined;
}

function inFuture(field: 'date' | 'updated', day: Date, today: Date): FieldProblem[] {
  if (isoDay(day) <= isoDay(today)) return [];
  return [
    {
      path: [field],
      severity: 'warning',
      message: `${field === 'date' ? 'Date' : 'Updated day'} ${isoDay(day)} is in the future.`,
      hint: 'check the year; the site shows the day as written, and lists the briefing first until then',
    },
  ];
}

/** The earliest year a briefing may carry: years below it are typos, and four digits keep every permalink distinct. */
export const EARLIEST_YEAR = 1000;

function beforeFloor(field: 'date' | 'updated', day: Date): FieldProblem[] {
  if (day.getUTCFullYear() >= EARLIEST_YEAR) return [];
  const message = `${field === 'date' ? 'Date' : 'Updated day'} ${isoDay(day)} is before the year ${EARLIEST_YEAR}.`;
  return [{ path: [field], message, hint: 'check the year: write all four digits of a year from 1000 on' }];
}

/** A year before 1000 is an error; `updated` before `date` is an error; a day after `today` is a warning (usually a typo in the year). */
export function checkDates({ date, updated }: BriefingDays, today: Date): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (date && updated && updated < date) {
    problems.push({
      path: ['updated'],
      message: `Updated day ${isoDay(updated)} is before the publication date ${isoDay(date)}.`,
      hint: '"updated" is the day of the last substantive change: on or after "date"; fix the day or remove the field',
    });
  }
  if (date) problems.push(...beforeFloor('date', date), ...inFuture('date', date, today));
  if (updated) problems.push(...beforeFloor('updated', updated), ...inFuture('updated', updated, today));
  return problems;
}
