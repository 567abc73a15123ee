import type { OffsetFinding } from './diagnostics.ts';

/** An HTML or JSX element as the MDX parser gives it. */
export interface ElementNode {
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

const SAFE_SCHEME = /^(?:https?|mailto|tel):$/;
const EVENT_HANDLER = /^on[a-z]{3,}$/i;
const CSP = "the site's security policy (CSP) blocks";

/** The scheme of a link that a reader's browser should not follow (`javascript:`, `data:`), if it has one. */
function unsafeScheme(url: string): string | undefined {
  // Browsers ignore spaces, tabs, line breaks and control characters in a scheme: `java\tscript:` runs.
  const compact = [...url].filter((char) => char.charCodeAt(0) > 0x20).join('');
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(compact)?.[1]?.toLowerCase();
  return scheme && !SAFE_SCHEME.test(scheme) ? scheme : undefined;
}

/** A link in a briefing may go to the web, to an e-mail address or to a page of the site; nothing that runs code. */
export function checkLink(url: string, offset: number): OffsetFinding[] {
  const scheme = unsafeScheme(url);
  if (!scheme) return [];
  const hint = 'link to an https:// address, a mailto: address, or a page of this site';
  return [{ offset, message: `Link "${url}" uses "${scheme}", which a briefing may not link to.`, hint }];
}

/**
 * What in an element the CSP would block, so it would break silently on the published page:
 * `<script>`, inline event handlers (`onclick=`), and `href`s that run code.
 */
export function checkElement({ name, attributes = [] }: ElementNode, offset: number): OffsetFinding[] {
  const tag = name ?? '';
  const findings: OffsetFinding[] = [];
  if (tag.toLowerCase() === 'script') {
    const hint = `${CSP} scripts written into a page; remove it`;
    findings.push({ offset, message: 'A <script> tag cannot be used in a briefing.', hint });
  }
  for (const { type, name: attribute, value } of attributes) {
    if (type !== 'mdxJsxAttribute' || !attribute) continue;
    if (EVENT_HANDLER.test(attribute)) {
      const message = `The attribute "${attribute}" on <${tag}> cannot be used in a briefing.`;
      findings.push({ offset, message, hint: `${CSP} inline event handlers; remove the attribute` });
    }
    if (attribute === 'href' && typeof value === 'string') findings.push(...checkLink(value, offset));
  }
  return findings;
}
