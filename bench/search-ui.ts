/**
 * How the bench finds the site's search, in one place to keep in step with the search page:
 * the page's path under the site root, the box a reader types in, and a shown result (a link,
 * so loading placeholders do not count). The defaults match Pagefind's Component UI.
 */
export const SEARCH_UI = {
  path: 'search/',
  input: '[data-search-input], pagefind-input input, input[type="search"]',
  result: '[data-search-result] a[href], pagefind-results a.pf-result-link[href]',
};
