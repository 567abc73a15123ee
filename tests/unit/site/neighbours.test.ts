import { describe, expect, test } from 'vitest';
import { findAdjacent, relatedFinder } from '../../../src/lib/site/neighbours.ts';

describe('findAdjacent', () => {
  const newestFirst = ['c-newest', 'b-middle', 'a-oldest'];

  test('the newest has an older previous briefing and no next one', () => {
    expect(findAdjacent(newestFirst, 0)).toEqual({ previous: 'b-middle' });
  });

  test('a middle briefing has the older one as previous and the newer one as next', () => {
    expect(findAdjacent(newestFirst, 1)).toEqual({ previous: 'a-oldest', next: 'c-newest' });
  });

  test('the oldest has a next briefing and no previous one', () => {
    expect(findAdjacent(newestFirst, 2)).toEqual({ next: 'b-middle' });
  });

  test('a lone briefing has neither', () => {
    expect(findAdjacent(['only'], 0)).toEqual({});
  });

  test('following previous from the newest visits every briefing once, and next leads back', () => {
    const visited: string[] = [];
    for (let index = 0; index !== -1;) {
      const name = newestFirst[index] ?? '';
      visited.push(name);
      const previous: string | undefined = findAdjacent(newestFirst, index).previous;
      index = previous === undefined ? -1 : newestFirst.indexOf(previous);
      if (previous !== undefined) expect(findAdjacent(newestFirst, index).next).toBe(name);
    }
    expect(visited).toEqual(newestFirst);
  });
});

describe('relatedFinder', () => {
  const briefing = (name: string, date: string, topics: string[]) => ({ name, date: new Date(date), topics });
  const items = [
    briefing('target', '2026-05-01', ['pytorch', 'governance', 'people']),
    briefing('one-shared-close', '2026-04-30', ['pytorch']),
    briefing('two-shared-far', '2015-01-01', ['pytorch', 'governance']),
    briefing('unrelated', '2026-05-01', ['tensorflow']),
    briefing('one-shared-far', '2016-01-01', ['people']),
    briefing('one-shared-middle', '2020-01-01', ['governance']),
  ];
  const factsOf = (item: (typeof items)[number]) => item;
  const names = (found: typeof items) => found.map((item) => item.name);

  test('ranks by shared topics, then closeness in time, and keeps three', () => {
    expect(names(relatedFinder(items, factsOf)(0))).toEqual([
      'two-shared-far',
      'one-shared-close',
      'one-shared-middle',
    ]);
  });

  test('never lists the briefing itself or one sharing no topic', () => {
    const all = names(relatedFinder(items, factsOf, 10)(0));
    expect(all).not.toContain('target');
    expect(all).not.toContain('unrelated');
    expect(all).toHaveLength(4);
  });

  test('prefers the newer of two equally close briefings', () => {
    const pair = [
      briefing('target', '2020-01-10', ['x']),
      briefing('older', '2020-01-05', ['x']),
      briefing('newer', '2020-01-15', ['x']),
    ];
    expect(names(relatedFinder(pair, (item) => item)(0))).toEqual(['newer', 'older']);
  });

  test('finds nothing for a briefing without topics', () => {
    expect(relatedFinder([briefing('bare', '2020-01-01', []), ...items], factsOf)(0)).toEqual([]);
  });

  test('relates a whole archive as comparing every pair would, ties included', () => {
    const topicNames = ['a', 'b', 'c', 'd', 'e'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const archive = Array.from({ length: 300 }, (_, index) =>
      briefing(
        `b${index}`,
        `20${10 + Math.floor(next() * 5)}-0${1 + Math.floor(next() * 3)}-1${Math.floor(next() * 3)}`,
        topicNames.filter(() => next() < 0.4),
      ),
    );
    const relatedTo = relatedFinder(archive, factsOf);
    archive.forEach((_, index) => expect(names(relatedTo(index))).toEqual(names(comparingEveryPair(archive, index))));
  });
});

/** The ranking relatedFinder promises, by comparing the briefing with every other one. */
function comparingEveryPair<T extends { date: Date; topics: readonly string[] }>(
  items: readonly T[],
  index: number,
): T[] {
  const target = items[index] as T;
  return items
    .map((item, at) => ({
      item,
      at,
      shared: item.topics.filter((topic) => target.topics.includes(topic)).length,
      distance: Math.abs(item.date.getTime() - target.date.getTime()),
    }))
    .filter(({ at, shared }) => at !== index && shared > 0)
    .sort(
      (x, y) =>
        y.shared - x.shared || x.distance - y.distance || y.item.date.getTime() - x.item.date.getTime() || x.at - y.at,
    )
    .slice(0, 3)
    .map(({ item }) => item);
}
