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

interface Candidate<T> {
  item: T;
  shared: number;
  distance: number;
  time: number;
}

/** Most shared topics first, then the closest in time, then the newer. */
function ranksBefore<T>(a: Candidate<T>, b: Candidate<T>): boolean {
  if (a.shared !== b.shared) return a.shared > b.shared;
  if (a.distance !== b.distance) return a.distance < b.distance;
  return a.time > b.time;
}

/** Keeps `best` the `limit` best candidates in rank order; one pass, so relating every briefing stays fast. */
function keepBest<T>(best: Candidate<T>[], candidate: Candidate<T>, limit: number): void {
  let at = best.length;
  while (at > 0 && ranksBefore(candidate, best[at - 1] as Candidate<T>)) at--;
  if (at < limit) best.splice(at, 0, candidate);
  if (best.length > limit) best.pop();
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
  const topics = new Set(factsOf(target).topics);
  const time = factsOf(target).date.getTime();
  const best: Candidate<T>[] = [];
  items.forEach((item, at) => {
    const facts = factsOf(item);
    const shared = facts.topics.filter((topic) => topics.has(topic)).length;
    if (at === index || shared === 0) return;
    const itemTime = facts.date.getTime();
    keepBest(best, { item, shared, distance: Math.abs(itemTime - time), time: itemTime }, limit);
  });
  return best.map(({ item }) => item);
}
