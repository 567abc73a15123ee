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
 * A promise is kept as it is, so callers arriving while it is pending share it.
 */
export function memoizeBy<A, T>(keyOf: (arg: A) => string, make: (arg: A) => T): (arg: A) => T {
  const made = new Map<string, T>();
  return (arg) => {
    const key = keyOf(arg);
    if (!made.has(key)) made.set(key, make(arg));
    return made.get(key) as T;
  };
}
