/**
 * The site's Content-Security-Policy: what a page may load and where it may send readers,
 * starting from nothing (`default-src 'none'`). Scripts and styles are files of the site, never
 * inline, so `'self'` covers them and no page lists hashes (Astro's own policy hashed every
 * file of the site into every page: half a kilobyte that allowed nothing 'self' did not).
 */

/** Where forms may post: the site itself (the search box), and the sign-up endpoint's origin when there is one. */
export function formActionSources(signupEndpoint: string | undefined): string[] {
  const url = signupEndpoint === undefined ? null : URL.parse(signupEndpoint);
  const elsewhere = url && (url.protocol === 'https:' || url.protocol === 'http:') ? [url.origin] : [];
  return ["'self'", ...elsewhere];
}

/** The directives of every page's `<meta>` policy. */
export function pageDirectives(signupEndpoint: string | undefined) {
  return [
    "default-src 'none'",
    // Pagefind searches with WebAssembly; 'wasm-unsafe-eval' allows compiling it and nothing else.
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    // Share images, the favicon and Pagefind's icons (data: URLs); nothing from other hosts.
    "img-src 'self' data:",
    // Self-hosted webfonts.
    "font-src 'self'",
    "manifest-src 'self'",
    // Pagefind fetches its index and WebAssembly, and searches in a worker it may start from a blob.
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    `form-action ${formActionSources(signupEndpoint).join(' ')}`,
  ] as const;
}

/** What only a response header can say: a `<meta>` policy cannot forbid framing. */
const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

/** The policy a page's `<meta>` carries. */
export function pagePolicy(signupEndpoint: string | undefined): string {
  return pageDirectives(signupEndpoint).join(';');
}

/** The policy of the response header: the pages' own, plus what a `<meta>` policy cannot say. */
export function headerPolicy(signupEndpoint: string | undefined): string {
  return [...pageDirectives(signupEndpoint), ...HEADER_ONLY_DIRECTIVES].join('; ');
}
