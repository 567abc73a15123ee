import { mdxToMdast } from 'satteri';
import { checkMarkers, checkQuestionSources } from '../citations/citation-checks.ts';
import { parseCitations } from '../citations/citations.ts';
import { MARKDOWN_FEATURES } from './markdown-features.ts';
import { offsetAt } from './positions.ts';
import { isQuestionHeading, looksLikeQuestion, splitAtHeadings, type HeadingSection } from '../questions/questions.ts';
import { gateNode, headingIdOffset, type BodyNode } from './body-gate.ts';
import { checkHeadingIds, type ExplicitHeadingId } from '../questions/heading-id-checks.ts';
import { citablePlace } from '../citations/citable-text.ts';
import type { Diagnostic, OffsetFinding } from './diagnostics.ts';
import type { RawSource } from './frontmatter.ts';
import { checkKitElement, propValue } from '../kit/kit-checks.ts';
import { CITING_COMPONENTS } from '../kit/kit-components.ts';

/** What the body check learns: its findings, and the source ids the body cites (undefined when it cannot be read). */
export interface BodyReport {
  findings: OffsetFinding[];
  cited: Set<string> | undefined;
}

type MdNode = BodyNode;

/** A node being walked, with the chain of nodes around it (kept as links, so deep nesting costs no copies). */
interface Frame {
  node: MdNode;
  parent: Frame | undefined;
  depth: number;
}

/** Deeper than this, nesting is a mistake (or an attack on the compiler), never a layout. */
const MAX_DEPTH = 100;

function* enclosing(frame: Frame | undefined): Generator<MdNode> {
  for (let at = frame; at; at = at.parent) yield at.node;
}

const startOf = (node: MdNode) => node.position?.start.offset ?? 0;
const textOf = (node: MdNode): string => node.value ?? (node.children ?? []).map(textOf).join('');
const finding = (offset: number, severity: Diagnostic['severity'], message: string, hint: string): OffsetFinding => ({
  offset,
  severity,
  message,
  hint,
});

function tooDeep(node: MdNode): OffsetFinding {
  const message = `The text is nested more than ${MAX_DEPTH} levels deep here.`;
  return finding(startOf(node), 'error', message, 'quotes, lists and elements nest a few levels at most: close them sooner');
}

/** The name of the nearest element around a node, past the paragraphs MDX wraps inline elements in. */
function nearestElementName(frame: Frame | undefined): string | undefined {
  for (const node of enclosing(frame)) if (node.type.startsWith('mdxJsx')) return node.name ?? undefined;
  return undefined;
}

/** A pull quote or post card cites its source as `[@id]` would. */
function citedByElement(node: MdNode): string[] {
  const id = CITING_COMPONENTS.includes(node.name ?? '') ? propValue(node, 'source') : undefined;
  return id === undefined ? [] : [id];
}

/** Walks the body, collecting findings, and the ids it cites in reading order. */
function createWalker(body: string, sources: readonly RawSource[] | null) {
  const knownIds = sources?.map((source) => source.id) ?? null;
  const findings: OffsetFinding[] = [];
  const cites: string[] = [];
  const headingIds: ExplicitHeadingId[] = [];

  function noteHeadingId(node: MdNode): void {
    const id = node.data?.hProperties?.['id'];
    if (node.type === 'heading' && typeof id === 'string') headingIds.push({ id, offset: headingIdOffset(node, body) });
  }

  function checkText(node: MdNode, parent: Frame | undefined): OffsetFinding[] {
    const place = citablePlace(enclosing(parent));
    if (place === 'link') return [];
    const raw = parseCitations(body.slice(startOf(node), node.position?.end.offset));
    if (place === 'text') raw.markers.forEach(({ ids }) => cites.push(...ids));
    return checkMarkers(raw, knownIds, place).map(({ start, message, hint }) =>
      finding(startOf(node) + start, 'error', message, hint),
    );
  }

  /** Depth first, in reading order, with a stack of its own: a body nested thousands deep is no crash. */
  function walk(root: MdNode): void {
    const stack: Frame[] = [{ node: root, parent: undefined, depth: 1 }];
    for (let frame = stack.pop(); frame; frame = stack.pop()) {
      const { node, parent, depth } = frame;
      findings.push(...(node.type === 'text' ? checkText(node, parent) : gateNode(node, body)));
      findings.push(...checkKitElement(node, body, sources, nearestElementName(parent)));
      cites.push(...citedByElement(node));
      noteHeadingId(node);
      if (depth > MAX_DEPTH) {
        findings.push(tooDeep(node));
        continue;
      }
      const children = node.children ?? [];
      for (let i = children.length - 1; i >= 0; i--) {
        stack.push({ node: children[i] as MdNode, parent: frame, depth: depth + 1 });
      }
    }
  }

  const finish = (): BodyReport => ({ findings: [...findings, ...checkHeadingIds(headingIds)], cited: new Set(cites) });
  return { walk, finish, citesSoFar: () => cites.length, citesSince: (count: number) => cites.slice(count) };
}

type Walker = ReturnType<typeof createWalker>;

/** What an answer cites, and the briefing's sources to look the ids up in. */
interface QuestionEvidence {
  citedIds: readonly string[];
  sources: readonly RawSource[];
}

/** A question needs an answer, which should cite sources from more than one publisher. */
function checkQuestion(text: string, at: number, answered: boolean, evidence: QuestionEvidence): OffsetFinding[] {
  const unanswered = 'write the answer under the question, or remove it';
  if (!answered) return [finding(at, 'error', `Question "${text}" has no answer.`, unanswered)];
  const problem = checkQuestionSources(text, evidence.citedIds, evidence.sources);
  return problem ? [{ offset: at, ...problem }] : [];
}

/** Any other heading needs text, and should not be a question that lost its "?". */
function checkHeading(text: string, at: number, hasText: boolean): OffsetFinding[] {
  const findings: OffsetFinding[] = [];
  if (looksLikeQuestion(text)) {
    const hint = 'add "?" to make it a question section, listed under "In this briefing", or reword it';
    findings.push(finding(at, 'warning', `Heading "${text}" reads like a question but does not end in "?".`, hint));
  }
  const empty = 'write its text, or remove the heading';
  if (!hasText) findings.push(finding(at, 'error', `Section "${text}" is empty.`, empty));
  return findings;
}

/** Walks one `##` section and judges its heading. */
function checkSection(walker: Walker, section: HeadingSection<MdNode>, sources: readonly RawSource[]): OffsetFinding[] {
  const { heading, body } = section;
  const text = textOf(heading).trim();
  const before = walker.citesSoFar();
  [heading, ...body].forEach((node) => walker.walk(node));
  if (!isQuestionHeading(text)) return checkHeading(text, startOf(heading), body.length > 0);
  return checkQuestion(text, startOf(heading), body.length > 0, { citedIds: walker.citesSince(before), sources });
}

/** An MDX syntax error as a finding: "Expected a closing tag for `<b>`" becomes "The <b> tag is not closed." */
function syntaxFinding(body: string, error: Error): OffsetFinding {
  const [, line = '1', column = '1', reason = error.message] =
    /^(\d+):(\d+): ([\s\S]*?)(?: \(\d+:\d+\))?(?: before the end of `\w+`)?(?: \([\w:-]+\))?$/.exec(error.message) ??
    [];
  const offset = offsetAt(body, { line: Number(line), column: Number(column) });
  const tag = /^Expected a closing tag for `<([^>\s]+)[^>]*>`/.exec(reason)?.[1];
  if (tag) {
    const hint = `add </${tag}> where its content ends, or write <${tag} /> if it has none; to show a literal "<", write \\<`;
    return finding(offset, 'error', `The <${tag}> tag is not closed.`, hint);
  }
  const hint = 'in MDX, "<" starts a tag and "{" an expression; to show them as text, write \\< or \\{';
  return finding(offset, 'error', `The text cannot be read as MDX: ${reason.replace(/\.?$/, '.')}`, hint);
}

/** A briefing needs text, and questions. */
function checkShape(nodes: readonly MdNode[], questions: number, at: number): OffsetFinding[] {
  const noText = 'write the lede and the questions under the frontmatter';
  const noQuestions = 'give each question a ## heading that ends in "?"';
  if (!nodes.length) return [finding(at, 'error', 'The briefing has no text.', noText)];
  return questions ? [] : [finding(at, 'warning', 'The briefing asks no questions.', noQuestions)];
}

/**
 * Checks a briefing's body (the file with its frontmatter blanked, so offsets match the file):
 * MDX syntax, citation markers, question and section headings, and what would break the CSP.
 * `sources` is null when the frontmatter could not be read: then source ids are not judged.
 */
export function checkBody(body: string, sources: readonly RawSource[] | null, bodyStart: number): BodyReport {
  let root: MdNode;
  try {
    root = mdxToMdast(body, { features: MARKDOWN_FEATURES, position: true }) as MdNode;
  } catch (error) {
    return { findings: [syntaxFinding(body, error as Error)], cited: undefined };
  }
  const nodes = root.children ?? [];
  const { intro, sections } = splitAtHeadings(nodes, (node) => node.type === 'heading' && node.depth === 2);
  const walker = createWalker(body, sources);
  intro.forEach((node) => walker.walk(node));
  const sectionFindings = sections.flatMap((section) => checkSection(walker, section, sources ?? []));
  const questions = sections.filter(({ heading }) => isQuestionHeading(textOf(heading))).length;
  const { findings, cited } = walker.finish();
  return { findings: [...checkShape(nodes, questions, bodyStart), ...findings, ...sectionFindings], cited };
}
