/**
 * The site's Content-Security-Policy: what a page may load and where it may send readers.
 * Astro adds `script-src` and `style-src` with the hashes of each page's scripts and styles;
 * everything else is listed here, starting from nothing (`default-src 'none'`).
 */

/** Where forms may post: the site itself (the search box), and the sign-up endpoint's origin when there is one. */
export function formActionSources(signupEndpoint: string | undefined): string[] {
  const url = signupEndpoint === undefined ? null : URL.parse(signupEndpoint);
  const elsewhere = url && (url.protocol === 'https:' || url.protocol === 'http:') ? [url.origin] : [];
  return ["'self'", ...elsewhere];
}

/** The directives every page's `<meta>` policy carries besides Astro's script-src and style-src. */
export function pageDirectives(signupEndpoint: string | undefined) {
  return [
    "default-src 'none'",
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
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

type Directives = Map<string, string[]>;

function parsePolicy(policy: string, into: Directives = new Map()): Directives {
  for (const directive of policy.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (!name) continue;
    const known = into.get(name) ?? [];
    into.set(name, [...known, ...sources.filter((source) => !known.includes(source))]);
  }
  return into;
}

/**
 * One policy for the response header that allows what every page's own policy allows (their
 * script and style hashes together), plus the header-only directives, so the header never
 * blocks what a page needs and a host that drops the `<meta>` still enforces the whole policy.
 */
export function headerPolicy(pagePolicies: Iterable<string>): string {
  const merged: Directives = new Map();
  for (const policy of pagePolicies) parsePolicy(policy, merged);
  parsePolicy(HEADER_ONLY_DIRECTIVES.join(';'), merged);
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}
