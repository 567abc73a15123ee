import { describe, expect, test } from 'vitest';
import { checkDates } from '../../../src/lib/content/date-checks.ts';

const today = new Date('2026-05-23T15:00:00Z');
const day = (text: string) => new Date(text);

describe('checkDates', () => {
  test('accepts today, the past, and an update on or after the date', () => {
    expect(checkDates({ date: day('2026-05-23'), updated: day('2026-05-23') }, today)).toEqual([]);
    expect(checkDates({ date: day('2020-01-01') }, today)).toEqual([]);
  });

  test('rejects an update before the publication date', () => {
    expect(checkDates({ date: day('2026-05-10'), updated: day('2026-05-01') }, today)).toEqual([
      expect.objectContaining({
        path: ['updated'],
        message: 'Updated day 2026-05-01 is before the publication date 2026-05-10.',
      }),
    ]);
  });

  test('warns about days after today', () => {
    expect(checkDates({ date: day('2027-05-23') }, today)).toEqual([
      expect.objectContaining({ path: ['date'], severity: 'warning', message: 'Date 2027-05-23 is in the future.' }),
    ]);
  });

  test('judges nothing it was not given', () => {
    expect(checkDates({}, today)).toEqual([]);
  });
});
