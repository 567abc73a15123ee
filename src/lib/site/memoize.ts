/**
 * A function of one string that works out each answer once. For objects that are costly to
 * make and made per locale (Intl formatters and segmenters), which a large build asks for on
 * every page.
 */
export function memoize<T>(make: (key: string) => T): (key: string) => T {
  return memoizeBy((key) => key, make);
}

/**
 * A function that works out its answer once per key of its argument: for work that many pages
 * share, such as rendering a briefing once for its feed item or for all its questions' pages.
 * A promise is kept as it is, so callers arriving while it is pending share it. With `keep`,
 * only the answers of the last `keep` keys asked for are kept, for work whose callers come
 * together (a briefing's question pages render one after another), so memory stays flat
 * however large the archive.
 */
export function memoizeBy<A, T>(keyOf: (arg: A) => string, make: (arg: A) => T, keep = Infinity): (arg: A) => T {
  const made = new Map<string, T>();
  return (arg) => {
    const key = keyOf(arg);
    const answer = made.has(key) ? (made.get(key) as T) : make(arg);
    // Asked for again: it moves to the newest end, and the oldest beyond `keep` go.
    made.delete(key);
    made.set(key, answer);
    for (const oldest of made.keys()) {
      if (made.size <= keep) break;
      made.delete(oldest);
    }
    return answer;
  };
}
