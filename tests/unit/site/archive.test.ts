import { describe, expect, test } from 'vitest';
import {
  groupByKeys,
  groupByMonth,
  monthId,
  rankGroups,
  sourceDomains,
  sourcesFromDomain,
} from '../../../src/lib/site/archive.ts';

const item = (name: string, date: string) => ({ name, date: new Date(date) });
const dateOf = (entry: { date: Date }) => entry.date;

describe('groupByKeys', () => {
  test('puts an item in every group it has a key for, keeping the items’ order', () => {
    const groups = groupByKeys(['a', 'b', 'c'], (name) => (name === 'b' ? ['x'] : ['x', 'y']));
    expect(Object.fromEntries(groups)).toEqual({ x: ['a', 'b', 'c'], y: ['a', 'c'] });
  });

  test('lists an item once in a group even when it names the key twice', () => {
    expect(groupByKeys(['a'], () => ['x', 'x']).get('x')).toEqual(['a']);
  });
});

describe('groupByMonth', () => {
  const items = [
    item('newest', '2026-02-01'),
    item('january-b', '2026-01-20'),
    item('january-a', '2026-01-02'),
    item('december', '2025-12-31'),
    item('older', '2017-09-07'),
  ];

  test('groups newest year and month first, with counts that add up to every item', () => {
    const years = groupByMonth(items, dateOf);
    expect(years.map(({ year, count }) => [year, count])).toEqual([
      ['2026', 3],
      ['2025', 1],
      ['2017', 1],
    ]);
    expect(years[0]?.months.map(({ month, items: inMonth }) => [month, inMonth.map((i) => i.name)])).toEqual([
      ['02', ['newest']],
      ['01', ['january-b', 'january-a']],
    ]);
    expect(years.flatMap((year) => year.months.flatMap((month) => month.items))).toEqual(items);
  });

  test('reads calendar days in UTC, so the last day of a month stays in it', () => {
    expect(groupByMonth([item('eve', '2025-12-31')], dateOf)[0]?.months[0]?.month).toBe('12');
  });

  test('gives no years for no items', () => {
    expect(groupByMonth([], dateOf)).toEqual([]);
  });
});

describe('rankGroups', () => {
  test('puts the biggest group first and breaks ties by key', () => {
    const groups = new Map([
      ['b.org', [1]],
      ['c.org', [1, 2]],
      ['a.org', [3]],
    ]);
    expect(rankGroups(groups).map(({ key }) => key)).toEqual(['c.org', 'a.org', 'b.org']);
  });
});

describe('sourceDomains and sourcesFromDomain', () => {
  const sources = [
    { id: 'a', url: 'https://cdn.openai.com/card.pdf' },
    { id: 'b', url: 'https://openai.com/index/x/' },
    { id: 'c', url: 'https://www.bbc.co.uk/news' },
  ];

  test('name each registrable domain once', () => {
    expect(sourceDomains(sources.map((source) => source.url))).toEqual(['openai.com', 'bbc.co.uk']);
  });

  test('find every source under a domain, subdomains included', () => {
    expect(sourcesFromDomain(sources, 'openai.com').map((source) => source.id)).toEqual(['a', 'b']);
  });
});

describe('monthId', () => {
  test('give a month’s anchor as year-month', () => {
    expect(monthId('2017', '09')).toBe('2017-09');
  });
});
