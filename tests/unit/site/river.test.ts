import { describe, expect, test } from 'vitest';
import { groupByDay } from '../../../src/lib/site/river.ts';

interface Item {
  name: string;
  date: Date;
}
const item = (name: string, date: string): Item => ({ name, date: new Date(date) });
const names = (days: ReturnType<typeof groupByDay<Item>>) =>
  days.map(({ day, lead, rest }) => [day, lead.name, ...rest.map(({ name }) => name)]);

describe('groupByDay', () => {
  test('puts items under their day, newest day first, the first item of each day as its lead', () => {
    const items = [item('c', '2026-05-23'), item('b', '2026-05-23'), item('a', '2026-05-21'), item('z', '2025-12-31')];
    expect(names(groupByDay(items, (i) => i.date))).toEqual([
      ['2026-05-23', 'c', 'b'],
      ['2026-05-21', 'a'],
      ['2025-12-31', 'z'],
    ]);
  });

  test('sorts the days even when the items come unsorted, keeping their order within a day', () => {
    const items = [item('old', '2017-01-19'), item('new', '2026-05-23'), item('old-2', '2017-01-19')];
    expect(names(groupByDay(items, (i) => i.date))).toEqual([
      ['2026-05-23', 'new'],
      ['2017-01-19', 'old', 'old-2'],
    ]);
  });

  test('reads days in UTC: an item late on a day stays on that day', () => {
    const items = [item('late', '2026-05-23T23:30:00Z'), item('early', '2026-05-23T00:10:00Z')];
    expect(names(groupByDay(items, (i) => i.date))).toEqual([['2026-05-23', 'late', 'early']]);
  });

  test('has no days without items', () => {
    expect(groupByDay([], (i: Item) => i.date)).toEqual([]);
  });
});
