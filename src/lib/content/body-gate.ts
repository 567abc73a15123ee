import {
  GLOBAL_ATTRIBUTES,
  HEADING_ATTRIBUTES,
  HTML_ELEMENTS,
  PLACED_BY_THE_SITE,
  URL_ATTRIBUTES,
  WRITER_COMPONENTS,
} from './body-allowlist.ts';
import type { OffsetFinding } from './diagnostics.ts';
import { suggestClosest } from './suggest.ts';

/** An attribute of an MDX JSX element: `name="value"`, `name={expression}`, or a spread `{...props}`. */
export interface BodyAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

/** The parts of an mdast node (with MDX nodes) that the gate reads. */
export interface BodyNode {
  type: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
  children?: BodyNode[];
  value?: string;
  url?: string;
  label?: string | null;
  depth?: number;
  name?: string | null;
  attributes?: BodyAttribute[];
  data?: { hProperties?: Record<string, unknown> };
}

const SAFE_SCHEMES = ['http:', 'https:', 'mailto:'];
const EVENT_HANDLER = /^on/i;
const README = 'README "What a briefing may contain"';

const startOf = (node: BodyNode) => node.position?.start.offset ?? 0;
const sourceOf = (node: BodyNode, body: string) => body.slice(startOf(node), node.position?.end.offset);
const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

/** The scheme of a URL (`javascript:`) as a browser reads it, if it has one. */
export function urlScheme(url: string): string | undefined {
  // Browsers ignore spaces, tabs, line breaks and control characters in a scheme: `java\tscript:` runs.
  const compact = [...url].filter((char) => char.charCodeAt(0) > 0x20).join('');
  return /^([a-z][a-z0-9+.-]*:)/i.exec(compact)?.[1]?.toLowerCase();
}

/** A link in a briefing may go to the web, to an e-mail address or to a page of the site; nothing that runs code. */
export function checkLink(url: string, offset: number): OffsetFinding[] {
  const scheme = urlScheme(url);
  if (!scheme || SAFE_SCHEMES.includes(scheme)) return [];
  const hint = 'link to an https:// address, a mailto: address, or a page of this site';
  return [{ offset, message: `Link "${url}" uses "${scheme}", which a briefing may not link to.`, hint }];
}

/** An image is a file of this site: readers' browsers load nothing from other hosts (the CSP's img-src). */
export function checkImage(url: string, offset: number): OffsetFinding[] {
  const compact = url.trim();
  if (!urlScheme(compact) && !/^[/\\]{2}/.test(compact)) return [];
  const hint = 'put the image in public/ and write its path (/images/chart.png): a page loads nothing from other sites';
  return [{ offset, message: `Image "${url}" is not a file of this site.`, hint }];
}

/** Where `name` is written in an element's opening tag, for a finding about one attribute. */
function attributeOffset(node: BodyNode, body: string, name: string): number {
  const tag = sourceOf(node, body);
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const at = new RegExp(`[\\s{]${escaped}(?=[\\s=/>}]|$)`).exec(tag)?.index;
  return startOf(node) + (at === undefined ? 0 : at + 1);
}

function attributeHint(tag: string, name: string, allowed: readonly string[]): string {
  const closest = Object.hasOwn(WRITER_COMPONENTS, tag) ? suggestClosest(name, allowed) : undefined;
  if (closest) return `did you mean ${closest}="…"? <${tag}> takes ${allowed.join(', ')}`;
  if (name.toLowerCase() === 'style') {
    return "the site's security policy (CSP) drops inline styles from the built page, though `npm run dev` shows them; use Markdown or a component of the writers' kit (Callout, PullQuote, Figure…)";
  }
  if (EVENT_HANDLER.test(name)) return "the site's security policy (CSP) blocks inline event handlers; remove the attribute";
  if (/^set:/i.test(name)) return `${name} writes raw HTML into the page; write the text itself instead`;
  const listed = allowed.length ? allowed.join(', ') : 'none';
  return `attributes allowed on <${tag}>: ${listed} (in lowercase); remove this one`;
}

/** One attribute of an allowed element or kit component: listed, plain text, and a safe URL if it is one. */
function checkAttribute(node: BodyNode, body: string, tag: string, allowed: readonly string[]) {
  return (attribute: BodyAttribute): OffsetFinding[] => {
    if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) {
      const offset = attributeOffset(node, body, '...') - 1;
      const message = `The spread "{${shorten(String(attribute.value ?? ''))}}" on <${tag}> cannot be used in a briefing.`;
      return [{ offset, message, hint: 'write each attribute as name="value"' }];
    }
    const { name, value } = attribute;
    const offset = attributeOffset(node, body, name);
    if (!allowed.includes(name)) {
      const message = `The attribute "${name}" on <${tag}> cannot be used in a briefing.`;
      return [{ offset, message, hint: attributeHint(tag, name, allowed) }];
    }
    if (value !== null && value !== undefined && typeof value !== 'string') {
      const message = `The attribute "${name}" on <${tag}> is an expression, which a briefing cannot use.`;
      return [{ offset, message, hint: `write its value in quotes: ${name}="…"` }];
    }
    if (typeof value !== 'string' || !URL_ATTRIBUTES.includes(name)) return [];
    return tag === 'img' ? checkImage(value, offset) : checkLink(value, offset);
  };
}

function elementProblem(tag: string): string | undefined {
  if (tag === '') return undefined;
  if (PLACED_BY_THE_SITE.includes(tag)) return `<${tag}> is placed by the site, not written in a briefing.`;
  if (/^[A-Z]|\./.test(tag)) return `Component <${tag}> is not part of the writers' kit.`;
  return `The element <${tag}> cannot be used in a briefing.`;
}

/** The attributes an element may carry, or undefined when the element itself is refused. */
function allowedAttributes(tag: string): readonly string[] | undefined {
  if (tag === '') return [];
  if (Object.hasOwn(WRITER_COMPONENTS, tag)) return WRITER_COMPONENTS[tag];
  if (Object.hasOwn(HTML_ELEMENTS, tag)) return [...GLOBAL_ATTRIBUTES, ...(HTML_ELEMENTS[tag] ?? [])];
  return undefined;
}

/** An MDX JSX element: one of the allowlist's HTML elements or a kit component, with allowed attributes. */
function checkElement(node: BodyNode, body: string): OffsetFinding[] {
  const tag = node.name ?? '';
  const allowed = allowedAttributes(tag);
  if (allowed) return (node.attributes ?? []).flatMap(checkAttribute(node, body, tag, allowed));
  const closest = /^[A-Z]/.test(tag) ? suggestClosest(tag, Object.keys(WRITER_COMPONENTS)) : undefined;
  const hint = PLACED_BY_THE_SITE.includes(tag)
    ? 'cite a source with [@id]; the site adds the chip, the evidence line and the share link'
    : closest
      ? `did you mean <${closest}>? The writers' kit: ${Object.keys(WRITER_COMPONENTS).join(', ')}`
      : `write it in Markdown, or use an element listed in ${README}`;
  return [{ offset: startOf(node), message: elementProblem(tag) ?? '', hint }];
}

/** `{/* a comment *\/}` is how MDX writes a comment: it renders nothing and runs nothing. */
const isComment = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').trim() === '';

function checkExpression(node: BodyNode): OffsetFinding[] {
  if (isComment(node.value ?? '')) return [];
  const message = `The expression "{${shorten(node.value ?? '')}}" cannot be used in a briefing.`;
  const hint = 'a briefing is text, not code: to write a literal "{", write \\{';
  return [{ offset: startOf(node), message, hint }];
}

function checkEsm(node: BodyNode): OffsetFinding[] {
  const keyword = /^\s*(import|export)\b/.exec(node.value ?? '')?.[1] ?? 'import';
  const message = `A briefing cannot ${keyword} code: "${shorten((node.value ?? '').split('\n')[0] ?? '')}".`;
  const hint = 'remove the line: a briefing runs no code, and the writers\' kit needs no import';
  return [{ offset: startOf(node), message, hint }];
}

/** A definition labelled like a citation (`[@src-b]: https://…`) would turn that citation into a plain link. */
function checkDefinition(node: BodyNode): OffsetFinding[] {
  const offset = startOf(node);
  const label = node.label ?? '';
  if (!label.startsWith('@')) return checkLink(node.url ?? '', offset);
  const message = `The link definition "[${label}]:" would turn the citation [${label}] into a link.`;
  const hint = 'remove the definition: a citation links to its source, listed under sources:';
  return [{ offset, message, hint }];
}

/** Where the `{…}` block of a heading is written, and where `key` is inside it. */
function headingAttributeOffset(node: BodyNode, body: string, key: string): number {
  const line = sourceOf(node, body).split('\n')[0] ?? '';
  const block = line.lastIndexOf('{');
  const inBlock = block === -1 ? -1 : line.slice(block).search(key === 'id' ? /#/ : new RegExp(`\\b${key}\\b`, 'i'));
  return startOf(node) + (block === -1 ? 0 : block + Math.max(inBlock, 0));
}

/** A heading's `{…}` block may give an id and nothing else (no `onclick=`, `style=`, `.class`). */
function checkHeadingAttributes(node: BodyNode, body: string): OffsetFinding[] {
  const properties = Object.keys(node.data?.hProperties ?? {});
  return properties
    .filter((key) => !HEADING_ATTRIBUTES.includes(key))
    .map((key) => ({
      offset: headingAttributeOffset(node, body, key === 'className' ? '\\.' : key),
      message: `The heading attribute "${key === 'className' ? 'class' : key}" cannot be used in a briefing.`,
      hint: "a heading's {…} may give only its id, as {#stable-id}; remove the rest",
    }));
}

/**
 * The body gate for one node of the tree the renderer compiles: what it may not contain, each
 * at its offset in the body. Text, headings' text and citations are checked elsewhere.
 */
export function gateNode(node: BodyNode, body: string): OffsetFinding[] {
  switch (node.type) {
    case 'mdxjsEsm':
      return checkEsm(node);
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return checkExpression(node);
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return checkElement(node, body);
    case 'html':
      return [{ offset: startOf(node), message: 'Raw HTML cannot be used in a briefing.', hint: `use an element listed in ${README}` }];
    case 'link':
      return checkLink(node.url ?? '', startOf(node));
    case 'image':
      return checkImage(node.url ?? '', startOf(node));
    case 'definition':
      return checkDefinition(node);
    case 'heading':
      return checkHeadingAttributes(node, body);
    default:
      return [];
  }
}

/** Offset helper for other checks that locate a heading attribute (its id). */
export function headingIdOffset(node: BodyNode, body: string): number {
  return headingAttributeOffset(node, body, 'id');
}
