import { mdxToMdast } from 'satteri';
import { checkMarkers, uncitedQuestion } from './citation-checks.ts';
import { parseCitations } from './citations.ts';
import type { Diagnostic } from './diagnostics.ts';
import { MARKDOWN_FEATURES } from './markdown-features.ts';
import { offsetAt } from './positions.ts';
import { isQuestionHeading, looksLikeQuestion, splitAtHeadings } from './questions.ts';

/** A finding in a briefing's body, at a character offset in the file. */
export type BodyFinding = Pick<Diagnostic, 'severity' | 'message' | 'hint'> & { offset: number };

/** What the body check learns: its findings, and the source ids the body cites. */
export interface BodyReport {
  findings: BodyFinding[];
  cited: Set<string>;
}

/** The parts of an mdast node the checks read (the tree comes from the same parser the site compiles with). */
interface MdNode {
  type: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
  children?: MdNode[];
  value?: string;
  url?: string;
  depth?: number;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

const SAFE_SCHEME = /^(?:https?|mailto|tel):$/;
const EVENT_HANDLER = /^on[a-z]{3,}$/i;
const CSP = "the site's security policy (CSP) blocks";

const startOf = (node: MdNode) => node.position?.start.offset ?? 0;
const textOf = (node: MdNode): string => node.value ?? (node.children ?? []).map(textOf).join('');

/** The scheme of a link that a reader's browser should not follow (`javascript:`, `data:`), if it has one. */
function unsafeScheme(url: string): string | undefined {
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(url.replace(/[\s\u0000-\u001f]/g, ''))?.[1]?.toLowerCase();
  return scheme && !SAFE_SCHEME.test(scheme) ? scheme : undefined;
}

/** Walks the body once, collecting findings and citations; `markers` counts well-formed citations seen so far. */
function createWalker(body: string, knownIds: readonly string[] | null) {
  const report: BodyReport = { findings: [], cited: new Set() };
  let markers = 0;
  const find = (offset: number, severity: BodyFinding['severity'], message: string, hint: string) =>
    report.findings.push({ offset, severity, message, hint });

  function checkUrl(url: string, offset: number): void {
    const scheme = unsafeScheme(url);
    if (!scheme) return;
    const hint = 'link to an https:// address, a mailto: address, or a page of this site';
    find(offset, 'error', `Link "${url}" uses "${scheme}", which a briefing may not link to.`, hint);
  }

  function checkText(node: MdNode, inside: readonly string[]): void {
    if (inside.includes('link') || inside.includes('linkReference')) return;
    const raw = parseCitations(body.slice(startOf(node), node.position?.end.offset));
    const place = inside.includes('heading') ? 'heading' : 'text';
    for (const { start, message, hint } of checkMarkers(raw, knownIds, place)) {
      find(startOf(node) + start, 'error', message, hint);
    }
    if (place === 'heading') return;
    markers += raw.markers.length;
    for (const id of raw.markers.flatMap((marker) => marker.ids)) report.cited.add(id);
  }

  function checkElement(node: MdNode): void {
    const name = node.name ?? '';
    if (name.toLowerCase() === 'script') {
      find(
        startOf(node),
        'error',
        'A <script> tag cannot be used in a briefing.',
        `${CSP} scripts written into a page; remove it`,
      );
    }
    for (const attribute of node.attributes ?? []) {
      if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
      if (EVENT_HANDLER.test(attribute.name)) {
        const message = `The attribute "${attribute.name}" on <${name}> cannot be used in a briefing.`;
        find(startOf(node), 'error', message, `${CSP} inline event handlers; remove the attribute`);
      }
      if (attribute.name === 'href' && typeof attribute.value === 'string') checkUrl(attribute.value, startOf(node));
    }
  }

  function walk(node: MdNode, inside: readonly string[] = []): void {
    if (node.type === 'text') checkText(node, inside);
    else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') checkElement(node);
    else if ((node.type === 'link' || node.type === 'definition') && node.url !== undefined)
      checkUrl(node.url, startOf(node));
    for (const child of node.children ?? []) walk(child, [...inside, node.type]);
  }

  return { report, walk, find, markersSeen: () => markers };
}

type Walker = ReturnType<typeof createWalker>;

/** Questions need an answer that cites; other headings need text, and should not be questions missing their "?". */
function checkSection(walker: Walker, heading: MdNode, sectionBody: readonly MdNode[]): void {
  const text = textOf(heading).trim();
  const before = walker.markersSeen();
  walker.walk(heading);
  sectionBody.forEach((node) => walker.walk(node));
  const at = startOf(heading);
  if (isQuestionHeading(text)) {
    if (!sectionBody.length) {
      walker.find(
        at,
        'error',
        `Question "${text}" has no answer.`,
        'write the answer under the question, or remove it',
      );
    } else if (walker.markersSeen() === before) {
      const { severity, message, hint } = uncitedQuestion(text);
      walker.find(at, severity, message, hint);
    }
    return;
  }
  if (looksLikeQuestion(text)) {
    const hint = 'add "?" to make it a question section, listed under "In this briefing", or reword it';
    walker.find(at, 'warning', `Heading "${text}" reads like a question but does not end in "?".`, hint);
  }
  if (!sectionBody.length)
    walker.find(at, 'error', `Section "${text}" is empty.`, 'write its text, or remove the heading');
}

/** An MDX syntax error as a finding: "Expected a closing tag for `<b>`" becomes "The <b> tag is not closed." */
function syntaxFinding(body: string, error: Error): BodyFinding {
  const [, line = '1', column = '1', reason = error.message] =
    /^(\d+):(\d+): ([\s\S]*?)(?: \(\d+:\d+\))?(?: before the end of `\w+`)?(?: \([\w:-]+\))?$/.exec(error.message) ??
    [];
  const offset = offsetAt(body, { line: Number(line), column: Number(column) });
  const tag = /^Expected a closing tag for `<([^>\s]+)[^>]*>`/.exec(reason)?.[1];
  if (tag) {
    const hint = `add </${tag}> where its content ends, or write <${tag} /> if it has none; to show a literal "<", write \\<`;
    return { offset, severity: 'error', message: `The <${tag}> tag is not closed.`, hint };
  }
  const hint = 'in MDX, "<" starts a tag and "{" an expression; to show them as text, write \\< or \\{';
  return { offset, severity: 'error', message: `The text cannot be read as MDX: ${reason.replace(/\.?$/, '.')}`, hint };
}

/**
 * Checks a briefing's body (the file with its frontmatter blanked, so offsets match the file):
 * MDX syntax, citation markers, question and section headings, and what would break the CSP.
 * `knownIds` is null when the frontmatter could not be read.
 */
export function checkBody(body: string, knownIds: readonly string[] | null, bodyStart: number): BodyReport {
  let root: MdNode;
  try {
    root = mdxToMdast(body, { features: MARKDOWN_FEATURES, position: true }) as MdNode;
  } catch (error) {
    return { findings: [syntaxFinding(body, error as Error)], cited: new Set() };
  }
  const walker = createWalker(body, knownIds);
  const nodes = root.children ?? [];
  if (!nodes.length) {
    walker.find(
      bodyStart,
      'error',
      'The briefing has no text.',
      'write the lede and the questions under the frontmatter',
    );
  }
  const { intro, sections } = splitAtHeadings(nodes, (node) => node.type === 'heading' && node.depth === 2);
  intro.forEach((node) => walker.walk(node));
  for (const { heading, body: sectionBody } of sections) checkSection(walker, heading, sectionBody);
  if (nodes.length && !sections.some(({ heading }) => isQuestionHeading(textOf(heading)))) {
    walker.find(
      bodyStart,
      'warning',
      'The briefing asks no questions.',
      'give each question a ## heading that ends in "?"',
    );
  }
  return walker.report;
}
