import { groupByKeys } from './archive.ts';

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

/** Briefings with one same set of topics, by time: every one of them shares as many topics with a given briefing. */
interface TopicSetGroup {
  topics: readonly string[];
  /** Indexes into the list, oldest first (list order among equal times). */
  members: number[];
}

/**
 * Relates every briefing of a list: the returned function gives up to `limit` other briefings
 * sharing a topic with the one at `index`, most shared topics first, then the closest in time,
 * then the newer, then the earlier in the list. Briefings sharing no topic are never related.
 * Briefings are grouped by their set of topics once, and each group is searched by time, so
 * relating all of a 10,000-briefing archive does not compare every pair.
 */
export function relatedFinder<T>(
  items: readonly T[],
  factsOf: (item: T) => BriefingFacts,
  limit = 3,
): (index: number) => T[] {
  const times = items.map((item) => factsOf(item).date.getTime());
  const groups = groupByTopicSet(
    items.map((item) => factsOf(item).topics),
    times,
  );
  return (index) => {
    const topics = new Set(items[index] === undefined ? [] : factsOf(items[index]).topics);
    const best: Candidate<number>[] = [];
    for (const [shared, level] of groupsBySharedTopics(groups, topics)) {
      if (best.length >= limit) break;
      const candidates = level.flatMap((group) => nearestInTime(group.members, times, index, limit));
      for (const at of candidates.sort((a, b) => a - b)) {
        const distance = Math.abs((times[at] ?? 0) - (times[index] ?? 0));
        keepBest(best, { item: at, shared, distance, time: times[at] ?? 0 }, limit);
      }
    }
    return best.map(({ item }) => items[item] as T);
  };
}

function groupByTopicSet(topicLists: readonly (readonly string[])[], times: readonly number[]): TopicSetGroup[] {
  const topicSets = topicLists.map((list) => [...new Set(list)].sort());
  const byTopicSet = groupByKeys([...topicSets.keys()], (index) => [(topicSets[index] ?? []).join('\0')]);
  return [...byTopicSet.values()].map((members) => ({
    topics: topicSets[members[0] ?? 0] ?? [],
    members: members.sort((a, b) => (times[a] ?? 0) - (times[b] ?? 0) || a - b),
  }));
}

/** The groups sharing at least one of `topics`, by how many they share, most first. */
function groupsBySharedTopics(groups: readonly TopicSetGroup[], topics: ReadonlySet<string>) {
  const levels = new Map<number, TopicSetGroup[]>();
  for (const group of groups) {
    const shared = group.topics.filter((topic) => topics.has(topic)).length;
    if (shared > 0) (levels.get(shared) ?? levels.set(shared, []).get(shared))?.push(group);
  }
  return [...levels].sort(([a], [b]) => b - a);
}

/**
 * The members of a group that could be among the `limit` closest in time to the item at
 * `index`: the `limit` nearest on each side, and any tied in time with the last one taken.
 */
function nearestInTime(members: readonly number[], times: readonly number[], index: number, limit: number): number[] {
  const time = times[index] ?? 0;
  let split = 0;
  for (let high = members.length; split < high;) {
    const middle = (split + high) >> 1;
    if ((times[members[middle] ?? 0] ?? 0) < time) split = middle + 1;
    else high = middle;
  }
  const side = (from: number, step: 1 | -1) => {
    const taken: number[] = [];
    for (let at = from; at >= 0 && at < members.length; at += step) {
      const member = members[at] ?? 0;
      if (taken.length >= limit && times[member] !== times[taken[taken.length - 1] ?? 0]) break;
      if (member !== index) taken.push(member);
    }
    return taken;
  };
  return [...side(split - 1, -1), ...side(split, 1)];
}
