/** Which URLs `npm run verify` fetches, and with which quotes: every cited `url` and `archived`, once each. */
import type { RawSource } from '../content/frontmatter.ts';

/** A source as verify reads it: its URL, archived copy and quote. */
export type VerifiableSource = RawSource & { quote?: unknown };

/** Every URL to check, with the quotes briefings expect on it (an archived copy should hold its source's quote too). */
export function collectTargets(sources: readonly VerifiableSource[]): Map<string, string[]> {
  const targets = new Map<string, Set<string>>();
  const add = (url: string, quote: unknown) => {
    const quotes = targets.get(url) ?? new Set<string>();
    if (typeof quote === 'string' && quote.trim()) quotes.add(quote);
    targets.set(url, quotes);
  };
  for (const { url, archived, quote } of sources) {
    add(url, quote);
    if (typeof archived === 'string') add(archived, quote);
  }
  return new Map([...targets].map(([url, quotes]) => [url, [...quotes]]));
}
