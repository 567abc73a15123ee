/** What relating one briefing to another needs: when it was published and what it is about. */
export interface BriefingFacts {
  date: Date;
  topics: readonly string[];
}

/**
 * The briefings on either side of `index` in a newest-first list: `previous` was published
 * before it (the next item in the list), `next` after it (the item before it in the list).
 */
export function findAdjacent<T>(newestFirst: readonly T[], index: number): { previous?: T; next?: T } {
  const previous = newestFirst[index + 1];
  const next = index > 0 ? newestFirst[index - 1] : undefined;
  return { ...(previous !== undefined && { previous }), ...(next !== undefined && { next }) };
}

/**
 * Up to `limit` other briefings sharing a topic with the one at `index`: most shared topics
 * first, then the closest in time, then the newer. Briefings sharing no topic are never related.
 */
export function findRelated<T>(
  items: readonly T[],
  index: number,
  factsOf: (item: T) => BriefingFacts,
  limit = 3,
): T[] {
  const target = items[index];
  if (target === undefined) return [];
  const { date, topics } = factsOf(target);
  const scored = items.flatMap((item, at) => {
    const facts = factsOf(item);
    const shared = facts.topics.filter((topic) => topics.includes(topic)).length;
    const distance = Math.abs(facts.date.getTime() - date.getTime());
    return at === index || shared === 0 ? [] : [{ item, shared, distance, time: facts.date.getTime() }];
  });
  scored.sort((a, b) => b.shared - a.shared || a.distance - b.distance || b.time - a.time);
  return scored.slice(0, limit).map(({ item }) => item);
}
