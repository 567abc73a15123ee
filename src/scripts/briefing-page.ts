/**
 * Everything a briefing page runs before a reader touches search: share and copy buttons, the
 * Mastodon form, citation cards on demand, and search highlights on landing. One module rather
 * than one per component: each script file is a request and carries its own compression
 * overhead, and together they stay under the page's script budget.
 */
import { loadCitationsOnDemand } from './citations-loader.ts';
import { enhanceCopyButtons } from './copy-link.ts';
import { enhanceMastodonForms } from './mastodon-share.ts';
import { highlightSearchTerms } from './search/search-highlight.ts';

export function enhanceBriefingPage(root: Document): void {
  enhanceCopyButtons(root);
  enhanceMastodonForms(root);
  loadCitationsOnDemand(root);
  void highlightSearchTerms(root);
}
