/**
 * How the bench finds the site's search, in one place to keep in step with the search page
 * (src/components/SearchPanel.astro, src/scripts/search-view.ts): the page's path under the
 * site root, the box a reader types in, and a shown result (a link, so loading placeholders do
 * not count). The second selector of each pair matches Pagefind's Component UI, which the
 * baseline uses. The header's search box is on the search page too, so the input selector
 * must name the page's own box.
 */
export const SEARCH_UI = {
  path: 'search/',
  input: '[data-search-page] [data-search-query], pagefind-input input',
  result: '[data-search-page] [data-search-result] a[href], pagefind-results a.pf-result-link[href]',
};
