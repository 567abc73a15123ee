import { KIT_COMPONENTS } from '../kit/kit-components.ts';

/**
 * What a briefing body may contain besides Markdown: the plain HTML elements and attributes a
 * news text needs, and the writers' kit. Everything not listed here is refused by the body
 * gate (`body-gate.ts`); look names up with `Object.hasOwn`, never `in`. An allowlist, not a blocklist: a new browser feature stays out until
 * someone decides it belongs in a briefing.
 */

/** Attributes any allowed element may carry: none of them runs code, loads anything or restyles the page. */
export const GLOBAL_ATTRIBUTES: readonly string[] = ['title', 'lang', 'dir', 'translate', 'aria-label'];

/** Text-level and block elements for prose and tables, with the attributes each adds to the global ones. */
export const HTML_ELEMENTS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  a: ['href', 'hreflang'],
  abbr: [],
  b: [],
  bdi: [],
  bdo: [],
  blockquote: ['cite'],
  br: [],
  caption: [],
  cite: [],
  code: [],
  col: ['span'],
  colgroup: ['span'],
  data: ['value'],
  dd: [],
  del: ['cite', 'datetime'],
  details: ['open'],
  dfn: [],
  div: [],
  dl: [],
  dt: [],
  em: [],
  figcaption: [],
  figure: [],
  hr: [],
  i: [],
  img: ['src', 'alt', 'width', 'height', 'loading', 'decoding'],
  ins: ['cite', 'datetime'],
  kbd: [],
  li: ['value'],
  mark: [],
  ol: ['start', 'reversed', 'type'],
  p: [],
  pre: [],
  q: ['cite'],
  rp: [],
  rt: [],
  ruby: [],
  s: [],
  samp: [],
  small: [],
  span: [],
  strong: [],
  sub: [],
  summary: [],
  sup: [],
  table: [],
  tbody: [],
  td: ['colspan', 'rowspan', 'headers'],
  tfoot: [],
  th: ['colspan', 'rowspan', 'headers', 'scope', 'abbr'],
  thead: [],
  time: ['datetime'],
  tr: [],
  u: [],
  ul: [],
  var: [],
  wbr: [],
});

/** Attributes whose value is a URL a reader's browser follows or loads. */
export const URL_ATTRIBUTES: readonly string[] = ['href', 'src', 'cite'];

/**
 * The writers' kit: components a briefing uses without `import`, each with the props it takes
 * (`lib/kit/kit-components.ts` says which are required and what they hold). `Cite`, `Evidence`, `MarginSources`
 * and `QuestionShare` are placed by the site's plugins, never written by hand.
 */
export const WRITER_COMPONENTS: Readonly<Record<string, readonly string[]>> = Object.freeze(
  Object.fromEntries(Object.entries(KIT_COMPONENTS).map(([name, props]) => [name, Object.keys(props)])),
);

/** Components the site's plugins place in a body; a writer asks for them with Markdown instead. */
export const PLACED_BY_THE_SITE: readonly string[] = ['Cite', 'Evidence', 'MarginSources', 'QuestionShare'];

/** The only thing a heading's `{…}` block may give: its id (`## Why? {#why-it-matters}`). */
export const HEADING_ATTRIBUTES: readonly string[] = ['id'];

/** Ids the page layouts use themselves: a heading id equal to one would make two elements share it. */
export const LAYOUT_IDS: readonly string[] = [
  'main',
  'key-points',
  'in-this-briefing',
  'sources-heading',
  'subscribe-heading',
  'signup-email',
  'share-heading',
  'mastodon-instance',
  'corrections',
  'corrections-heading',
  'related-briefings',
  'more-briefings',
  'site-search',
  'site-search-results',
  'search-query',
];

/** Prefixes of ids the layouts generate (`source-<id>`, `cite-<id>-<n>`): a heading id may not start with one. */
export const LAYOUT_ID_PREFIXES: readonly string[] = ['source-', 'cite-', 'correction-'];
