/** Pagefind's highlighter (pagefind-highlight.js): marks the URL's search words in the page's indexed text. */
type PagefindHighlight = new (options: { highlightParam: string; addStyles: boolean }) => unknown;

/**
 * On a page opened from a search result, loads Pagefind's highlighter to mark the searched words.
 * The page names the highlighter and its query parameter (`data-search-highlighter`), so this
 * script imports nothing until it is needed. A result for a question links to its heading;
 * otherwise the first marked word is brought into view.
 */
export async function highlightSearchTerms(root: Document): Promise<void> {
  const hook = root.querySelector<HTMLElement>('[data-search-highlighter]');
  const { searchHighlighter: src, searchHighlightParam: param } = hook?.dataset ?? {};
  if (!src || !param || !new URLSearchParams(root.location.search).has(param)) return;
  const module = (await import(/* @vite-ignore */ src)) as { default: PagefindHighlight };
  // Its default styles are an inline <style>, which the CSP forbids; briefing.css styles the marks.
  new module.default({ highlightParam: param, addStyles: false });
  if (!root.location.hash) root.querySelector('mark.pagefind-highlight')?.scrollIntoView({ block: 'center' });
}
