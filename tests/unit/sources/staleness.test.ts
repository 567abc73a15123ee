import { describe, expect, test } from 'vitest';
import { freshnessOf, isDue, maxAgeFrom } from '../../../src/lib/sources/staleness.ts';

const today = new Date('2026-12-03T12:00:00Z');

describe('freshnessOf', () => {
  test('tells never verified, unchecked, failed, stale and fresh apart', () => {
    expect(freshnessOf(undefined, today, 90)).toEqual({ state: 'never' });
    expect(freshnessOf({ status: 'unchecked' }, today, 90)).toEqual({ state: 'unchecked' });
    expect(freshnessOf({ status: 'failed', checked: '2026-12-01' }, today, 90)).toEqual({
      state: 'failed',
      checked: '2026-12-01',
      age: 2,
    });
    expect(freshnessOf({ status: 'ok', checked: '2026-08-01' }, today, 90)).toEqual({
      state: 'stale',
      checked: '2026-08-01',
      age: 124,
    });
    expect(freshnessOf({ status: 'gone', checked: '2026-11-01' }, today, 90)).toEqual({
      state: 'fresh',
      checked: '2026-11-01',
      age: 32,
    });
  });
});

describe('isDue', () => {
  test('without --since every URL is due; with it, only those not checked within that many days', () => {
    expect(isDue({ status: 'ok', checked: '2026-12-01' }, today, undefined)).toBe(true);
    expect(isDue({ status: 'ok', checked: '2026-12-01' }, today, 30)).toBe(false);
    expect(isDue({ status: 'ok', checked: '2026-10-01' }, today, 30)).toBe(true);
    expect(isDue({ status: 'unchecked' }, today, 30)).toBe(true);
  });
});

describe('maxAgeFrom', () => {
  test('reads a positive whole number of days, else 90', () => {
    expect(maxAgeFrom('30')).toBe(30);
    expect(maxAgeFrom(undefined)).toBe(90);
    expect(maxAgeFrom('soon')).toBe(90);
  });
});
