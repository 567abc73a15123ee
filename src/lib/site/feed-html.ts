import sanitizeHtml from 'sanitize-html';
import { GLOBAL_ATTRIBUTES, HTML_ELEMENTS } from '../content/body-allowlist.ts';

/** What a feed item's HTML may hold: a briefing's own elements, plus what the site's layout of it adds. */
const FEED_ELEMENTS = [...Object.keys(HTML_ELEMENTS), 'h2', 'h3', 'h4', 'h5', 'h6', 'section'];

const FEED_ATTRIBUTES: Record<string, string[]> = {
  ...Object.fromEntries(Object.entries(HTML_ELEMENTS).map(([tag, attributes]) => [tag, [...attributes]])),
  // Ids keep the links from a citation to its Sources entry and from a footnote to its note working.
  '*': [...GLOBAL_ATTRIBUTES, 'id'],
};

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: FEED_ELEMENTS,
  allowedAttributes: FEED_ATTRIBUTES,
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
  allowProtocolRelative: false,
  // Dropped with their content: what a feed reader must never run or show as text.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'iframe', 'object'],
  disallowedTagsMode: 'discard',
};

/**
 * A feed item's HTML, kept to an allowlist of elements, attributes and URL schemes. Feeds have
 * no CSP: whatever reached the page by mistake must not reach a feed reader. The body gate
 * refuses such content at the source; this is the second wall, with a maintained parser.
 */
export function sanitizeFeedHtml(html: string): string {
  return sanitizeHtml(removeXmlInvalid(html), OPTIONS);
}

// Characters XML 1.0 cannot hold, even escaped: C0 controls but tab and line breaks, lone surrogates, U+FFFE/U+FFFF.
const XML_INVALID = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text that an XML document can hold: the characters XML forbids are removed. */
export function removeXmlInvalid(text: string): string {
  return text.replace(XML_INVALID, '');
}
