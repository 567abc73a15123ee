import { textDirective } from '../citations/text-fragments.ts';
import { collapseWhitespace } from './page-text.ts';

/**
 * Whether the text-fragment link the site builds for a quote (`#:~:text=start,end`) would land on
 * the page: a browser looks for the terms case-insensitively, whitespace collapsed, but matches
 * quote marks and dashes as they are, so a quote `matchQuote` finds may still not land.
 */
export function fragmentLands(pageText: string, quote: string, locale = 'en'): boolean {
  const directive = textDirective(quote, locale);
  if (!directive) return false;
  const page = collapseWhitespace(pageText).toLowerCase();
  const [start = '', end] = directive
    .slice('text='.length)
    .split(',')
    .map((term) => collapseWhitespace(decodeURIComponent(term)).toLowerCase());
  const at = page.indexOf(start);
  if (at === -1) return false;
  return end === undefined || page.indexOf(end, at + start.length) !== -1;
}
