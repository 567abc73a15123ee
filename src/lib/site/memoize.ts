/**
 * A function of one string that works out each answer once. For objects that are costly to
 * make and made per locale (Intl formatters and segmenters), which a large build asks for on
 * every page.
 */
export function memoize<T>(make: (key: string) => T): (key: string) => T {
  const made = new Map<string, T>();
  return (key) => {
    if (!made.has(key)) made.set(key, make(key));
    return made.get(key) as T;
  };
}
