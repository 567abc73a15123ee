import { urls } from '../data/urls';
import { HIGHLIGHT_PARAM } from '../lib/urls';

/** Pagefind's highlighter (pagefind-highlight.js): marks the URL's search words in the page's indexed text. */
type PagefindHighlight = new (options: { highlightParam: string; addStyles: boolean }) => unknown;

/**
 * On a page opened from a search result, loads Pagefind's highlighter to mark the searched words.
 * A result for a question links to its heading; otherwise the first marked word is brought into view.
 */
export async function highlightSearchTerms(root: Document): Promise<void> {
  if (!new URLSearchParams(root.location.search).has(HIGHLIGHT_PARAM)) return;
  const module = (await import(/* @vite-ignore */ urls.pagefind('pagefind-highlight.js'))) as {
    default: PagefindHighlight;
  };
  // Its default styles are an inline <style>, which the CSP forbids; global.css styles the marks.
  new module.default({ highlightParam: HIGHLIGHT_PARAM, addStyles: false });
  if (!root.location.hash) root.querySelector('mark.pagefind-highlight')?.scrollIntoView({ block: 'center' });
}
