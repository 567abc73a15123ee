import { ELEMENT_NODE, parse, walkSync, type ElementNode } from 'ultrahtml';

/** One answer as a briefing's page renders it, cut out of the rendered body. */
export interface AnswerSection {
  /** The `<section>` exactly as rendered, less its question heading (a question's page shows the question as its title). */
  html: string;
  /** The ids of the elements in it: its chips, which the Sources entries link back to. */
  ids: string[];
}

const isElement = (node: { type: number }): node is ElementNode => node.type === ELEMENT_NODE;
const outer = (node: ElementNode) => ({ start: node.loc[0].start, end: node.loc[1].end });

/** The ids of `node` and every element under it. */
function idsUnder(node: ElementNode): string[] {
  const ids: string[] = [];
  walkSync(node, (child) => {
    const id = isElement(child) ? child.attributes['id'] : undefined;
    if (id) ids.push(id);
  });
  return ids;
}

/**
 * Every question's answer in a briefing's rendered body, by question id: the `<section data-question>`
 * the question plugin wraps it in, sliced from the HTML as it was rendered (nothing is re-serialised),
 * with its `[data-question-heading]` taken out.
 */
export function answerSections(html: string): Map<string, AnswerSection> {
  const answers = new Map<string, AnswerSection>();
  walkSync(parse(html), (node) => {
    const id = isElement(node) && node.name === 'section' ? node.attributes['data-question'] : undefined;
    if (!id || !isElement(node)) return;
    const section = outer(node);
    const heading = node.children.find((child) => isElement(child) && 'data-question-heading' in child.attributes);
    const cut = heading && isElement(heading) ? outer(heading) : { start: section.start, end: section.start };
    const parts = node.children.filter((child) => child !== heading).filter(isElement);
    answers.set(id, {
      html: html.slice(section.start, cut.start) + html.slice(cut.end, section.end),
      ids: parts.flatMap(idsUnder),
    });
  });
  return answers;
}

/** A source as the Sources list shows it: the chips citing it are `refIds`. */
interface ListedSource {
  id: string;
  refIds: string[];
}

/**
 * The Sources list of one answer: the briefing's entries for the sources it cites, keeping their
 * numbers and order, each linking back only to the chips in that answer.
 */
export function answerSources<S extends ListedSource>(sources: readonly S[], answer: AnswerSection): S[] {
  const inAnswer = new Set(answer.ids);
  return sources.flatMap((source) => {
    const refIds = source.refIds.filter((refId) => inAnswer.has(refId));
    return refIds.length > 0 ? [{ ...source, refIds }] : [];
  });
}
