import { defineMdastPlugin } from 'satteri';
import type { Heading, RootContent } from 'mdast';
import { uncitedQuestion } from '../lib/citations/citation-checks.ts';
import { closeCitationGaps } from '../lib/citations/citations.ts';
import {
  createHeadingIds,
  firstSentence,
  isQuestionHeading,
  slugifyHeading,
  splitAtHeadings,
} from '../lib/questions/questions.ts';
import { site } from '../site.config.ts';
import { briefingDocument, report, type BriefingDocument } from './document.ts';

type JsxAttribute = { type: 'mdxJsxAttribute'; name: string; value: string | null };
const attribute = (name: string, value: string | null = null): JsxAttribute => ({
  type: 'mdxJsxAttribute',
  name,
  value,
});

function explicitId(heading: Heading): string | undefined {
  // Sätteri's `headingAttributes` puts `{#id}` in hProperties, which mdast's types do not declare.
  const properties = (heading.data as { hProperties?: Record<string, unknown> } | undefined)?.hProperties;
  return typeof properties?.['id'] === 'string' ? properties['id'] : undefined;
}

/** The sources cited by the `<Cite>` chips among `nodes`, each once, in reading order. */
function citedSourceIds(nodes: readonly unknown[], found = new Set<string>()): string[] {
  for (const node of nodes) {
    const { type, name, attributes, children } = node as {
      type: string;
      name?: string;
      attributes?: JsxAttribute[];
      children?: unknown[];
    };
    const source = attributes?.find((attr) => attr.name === 'source')?.value;
    // A chip of several citations of one publisher lists their source ids separated by spaces.
    if (type === 'mdxJsxTextElement' && name === 'Cite' && source) for (const id of source.split(' ')) found.add(id);
    if (children) citedSourceIds(children, found);
  }
  return [...found];
}

/**
 * Warns writers about an answer with no citation. (Answers resting on a single publisher are
 * flagged by `npm run check` and marked for readers, but do not make the build noisy.)
 */
function checkEvidence(document: BriefingDocument, at: number, text: string, sourceIds: readonly string[]): void {
  if (sourceIds.length === 0) report(document, at, uncitedQuestion(text));
}

/** The first sentence of an answer's first paragraph; citation chips have no text, so only their gaps are closed. */
function answerFirstSentence(body: readonly RootContent[], textContent: (node: RootContent) => string): string {
  const paragraph = body.find((node) => node.type === 'paragraph');
  return paragraph ? firstSentence(closeCitationGaps(textContent(paragraph)), site.lang) : '';
}

/** A question heading with its visible anchor link and share control, wrapped so they sit on one line. */
function questionHeading(heading: Heading, id: string, text: string): RootContent {
  const anchor = {
    type: 'mdxJsxFlowElement' as const,
    name: 'a',
    attributes: [
      attribute('href', `#${id}`),
      attribute('data-heading-anchor'),
      // The "#" is not part of the question: keep it out of search excerpts.
      attribute('data-pagefind-ignore'),
      attribute('aria-label', `Link to this question: ${text}`),
    ],
    children: [{ type: 'text' as const, value: '#' }],
  };
  // The share control's component finds the briefing's permalink in `Astro.locals`, as `Cite` finds its sources.
  const share = {
    type: 'mdxJsxFlowElement' as const,
    name: 'QuestionShare',
    attributes: [attribute('question', id), attribute('text', text)],
    children: [],
  };
  return {
    type: 'mdxJsxFlowElement',
    name: 'div',
    attributes: [attribute('data-question-heading')],
    children: [heading, anchor, share],
  } as RootContent;
}

/** Puts the sources a paragraph cites in the margin beside it (shown at wide widths only), just before it so their tops align. */
function withMarginSources(nodes: readonly RootContent[]): RootContent[] {
  return nodes.flatMap((node) => {
    const sources = node.type === 'paragraph' ? citedSourceIds([node]) : [];
    if (sources.length === 0) return [node];
    const margin = {
      type: 'mdxJsxFlowElement',
      name: 'MarginSources',
      attributes: [attribute('sources', sources.join(' '))],
      children: [],
    } as RootContent;
    return [margin, node];
  });
}

function questionSection(id: string, children: RootContent[], cites: boolean): RootContent {
  // The evidence line under the answer is rendered by the Evidence component from the outline.
  const evidence = {
    type: 'mdxJsxFlowElement',
    name: 'Evidence',
    attributes: [attribute('question', id)],
    children: [],
  };
  return {
    type: 'mdxJsxFlowElement',
    name: 'section',
    attributes: [attribute('data-question', id), attribute('aria-labelledby', id)],
    children: cites ? [...children, evidence] : children,
  } as RootContent;
}

/**
 * Wraps every `##` question and its answer in a `<section>` with a stable id (from the
 * question text, or `{#explicit-id}`), adds an anchor link, a share control and an evidence
 * line, and records the questions with the sources and first sentence of each answer. Other
 * `##` headings stay plain sections.
 */
export const questionPlugin = defineMdastPlugin({
  name: 'briefing-questions',
  options: { position: true },
  after(root, ctx) {
    const document = briefingDocument(ctx);
    const isH2 = (node: RootContent): node is Heading => node.type === 'heading' && node.depth === 2;
    const { intro, sections } = splitAtHeadings(root.children, isH2);
    const explicit = sections.map(({ heading }) => (isH2(heading) ? explicitId(heading) : undefined));
    const headingId = createHeadingIds(explicit.filter((id) => id !== undefined));
    const sectioned = sections.flatMap(({ heading, body }): RootContent[] => {
      if (!isH2(heading)) return [];
      const text = ctx.textContent(heading);
      const id = explicitId(heading) ?? headingId(slugifyHeading(text));
      const withId: Heading = { type: 'heading', depth: 2, children: heading.children, data: { hProperties: { id } } };
      if (!isQuestionHeading(text)) return [withId, ...body];
      const sources = citedSourceIds(body);
      const lead = answerFirstSentence(body, (node) => ctx.textContent(node));
      document.outline.questions.push({ id, text, sources, firstSentence: lead });
      checkEvidence(document, heading.position?.start.offset ?? 0, text, sources);
      const answer = [questionHeading(withId, id, text), ...withMarginSources(body)];
      return [questionSection(id, answer, sources.length > 0)];
    });
    ctx.replaceNode(root, { type: 'root', children: [...intro, ...sectioned] });
  },
});
