import type { BodyAttribute, BodyNode } from '../content/body-gate.ts';
import type { OffsetFinding } from '../content/diagnostics.ts';
import type { RawSource } from '../content/frontmatter.ts';
import { suggestClosest } from '../content/suggest.ts';
import { quoteCore } from '../sources/page-text.ts';
import { FIGURE_EXTENSIONS, KIT_COMPONENTS, isKitComponent, type KitProp } from './kit-components.ts';

/**
 * What the content check asks of a kit component beyond the gate's allowlist of props: the
 * required props, values from a choice, sources that exist and hold the quoted words, real
 * days in order. Each finding is at the component (or the prop) in the body.
 */

const startOf = (node: BodyNode) => node.position?.start.offset ?? 0;
const textOf = (node: BodyNode): string => node.value ?? (node.children ?? []).map(textOf).join(' ');
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Where a prop is written in the component's opening tag, or the tag itself when it is missing. */
function propOffset(node: BodyNode, body: string, name: string): number {
  const tag = body.slice(startOf(node), node.position?.end.offset);
  const at = new RegExp(`\\s${name}(?=[\\s=/>]|$)`).exec(tag)?.index;
  return startOf(node) + (at === undefined ? 0 : at + 1);
}

/** A prop's text, when it is written as name="text". */
export function propValue(node: BodyNode, name: string): string | undefined {
  const attribute = (node.attributes ?? []).find(
    (candidate: BodyAttribute) => candidate.type === 'mdxJsxAttribute' && candidate.name === name,
  );
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

/** Whether `text` is a calendar day written YYYY-MM-DD (`2026-02-30` is not). */
export function isCalendarDay(text: string): boolean {
  const [, year, month, day] = DAY.exec(text) ?? [];
  if (!year || !month || !day) return false;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.toISOString().startsWith(text);
}

function missingProp(node: BodyNode, name: string, prop: KitProp): OffsetFinding {
  const example = prop.values ? prop.values.map((value) => `${name}="${value}"`).join(', ') : `${name}="…"`;
  const message = `<${node.name}> needs ${name}="…": ${prop.describes}.`;
  return { offset: startOf(node), message, hint: `add ${prop.values ? `one of ${example}` : example}` };
}

function wrongChoice(
  node: BodyNode,
  body: string,
  name: string,
  value: string,
  values: readonly string[],
): OffsetFinding {
  const closest = suggestClosest(value, values);
  const listed = values.map((choice) => `"${choice}"`).join(', ');
  const hint = closest ? `did you mean ${name}="${closest}"? It takes ${listed}` : `write one of ${listed}`;
  return { offset: propOffset(node, body, name), message: `<${node.name}> has no ${name} "${value}".`, hint };
}

/** Required props are there; a choice is one of its values. Unknown props are the gate's to refuse. */
function checkProps(node: BodyNode, body: string): OffsetFinding[] {
  const props = Object.entries(KIT_COMPONENTS[node.name ?? ''] ?? {});
  return props.flatMap(([name, prop]): OffsetFinding[] => {
    const value = propValue(node, name);
    const written = (node.attributes ?? []).some((attribute) => attribute.name === name);
    if (!written) return prop.required ? [missingProp(node, name, prop)] : [];
    if (value !== undefined && prop.values && !prop.values.includes(value)) {
      return [wrongChoice(node, body, name, value, prop.values)];
    }
    return [];
  });
}

/** The source a `<PullQuote>` or `<Post>` shows: listed, and holding a `quote:`. */
function checkQuotedSource(node: BodyNode, body: string, sources: readonly RawSource[]): OffsetFinding[] {
  const id = propValue(node, 'source');
  if (id === undefined) return [];
  const offset = propOffset(node, body, 'source');
  const source = sources.find((candidate) => candidate.id === id);
  if (!source) {
    const closest = suggestClosest(
      id,
      sources.map((candidate) => candidate.id),
    );
    const hint = closest
      ? `did you mean source="${closest}"?`
      : 'add the source under sources:, or use the id of one listed there';
    return [{ offset, message: `<${node.name}> shows source "${id}", which is not listed under sources:.`, hint }];
  }
  if (typeof source.quote !== 'string' || !source.quote.trim()) {
    const hint = `add the words, verbatim from the original, as quote: under the source "${id}"`;
    return [{ offset, message: `<${node.name}> shows source "${id}", which has no quote:.`, hint }];
  }
  return node.name === 'PullQuote' ? checkPullQuoteText(node, source.quote) : [];
}

/** A pull quote's words are the source's `quote:`, or a verbatim part of it: a reader takes them as said. */
function checkPullQuoteText(node: BodyNode, quote: string): OffsetFinding[] {
  const words = quoteCore(textOf(node));
  if (words && quoteCore(quote).includes(words)) return [];
  const message = words ? "The pull quote is not the words of its source's quote:." : 'The pull quote has no words.';
  const hint = 'write the quote, or a verbatim part of it, between <PullQuote …> and </PullQuote>';
  return [{ offset: startOf(node), message, hint }];
}

function checkFigure(node: BodyNode, body: string): OffsetFinding[] {
  const src = propValue(node, 'src');
  if (src === undefined) return [];
  const relative = /^\.\.?\//.test(src) && !src.includes('\\');
  const image = FIGURE_EXTENSIONS.some((extension) => src.toLowerCase().endsWith(extension));
  if (relative && image) return [];
  const message = `<Figure> src "${src}" is not an image file beside the briefing.`;
  const hint = `put the image next to the .mdx file and write its path, as src="./chart.png" (${FIGURE_EXTENSIONS.join(', ')})`;
  return [{ offset: propOffset(node, body, 'src'), message, hint }];
}

/** The kit components an element holds, skipping blank text and the paragraphs MDX wraps inline ones in. */
function childElements(node: BodyNode): BodyNode[] {
  return (node.children ?? []).flatMap((child) => (child.type === 'paragraph' ? childElements(child) : [child]));
}

/** A timeline holds events and nothing else, their days real and in order. */
function checkTimeline(node: BodyNode, body: string): OffsetFinding[] {
  const findings: OffsetFinding[] = [];
  let previous: { day: string } | undefined;
  for (const child of childElements(node)) {
    if (child.type === 'text' && !child.value?.trim()) continue;
    if (child.name !== 'Event') {
      const hint = 'put each dated entry in <Event date="YYYY-MM-DD">…</Event>, and other text outside the timeline';
      const blank = (child.value ?? '').length - (child.value ?? '').trimStart().length;
      findings.push({ offset: startOf(child) + blank, message: '<Timeline> may hold only <Event> entries.', hint });
      continue;
    }
    const day = propValue(child, 'date');
    if (day === undefined || !isCalendarDay(day)) continue;
    if (previous && day < previous.day) {
      const message = `Event ${day} comes after ${previous.day} in the timeline.`;
      findings.push({
        offset: propOffset(child, body, 'date'),
        message,
        hint: 'put the events in order, earliest first',
      });
    }
    previous = { day };
  }
  return findings;
}

function checkEvent(node: BodyNode, body: string, parentName: string | undefined): OffsetFinding[] {
  const findings: OffsetFinding[] = [];
  if (parentName !== 'Timeline') {
    const hint = 'put the events in a <Timeline> … </Timeline>';
    findings.push({ offset: startOf(node), message: '<Event> is outside a <Timeline>.', hint });
  }
  const day = propValue(node, 'date');
  if (day !== undefined && !isCalendarDay(day)) {
    const hint = 'write a real day as YYYY-MM-DD, e.g. date="2026-05-23"';
    findings.push({
      offset: propOffset(node, body, 'date'),
      message: `Event date "${day}" is not a calendar day.`,
      hint,
    });
  }
  return findings;
}

/**
 * The kit's own checks for one element of the body; anything that is not a kit component has none.
 * `parentName` is the name of the nearest element around it (paragraphs skipped).
 */
export function checkKitElement(
  node: BodyNode,
  body: string,
  sources: readonly RawSource[] | null,
  parentName: string | undefined,
): OffsetFinding[] {
  if (!isKitComponent(node.name) || !node.type.startsWith('mdxJsx')) return [];
  const own = checkProps(node, body);
  switch (node.name) {
    case 'PullQuote':
    case 'Post':
      return [...own, ...(sources ? checkQuotedSource(node, body, sources) : [])];
    case 'Figure':
      return [...own, ...checkFigure(node, body)];
    case 'Timeline':
      return [...own, ...checkTimeline(node, body)];
    case 'Event':
      return [...own, ...checkEvent(node, body, parentName)];
    default:
      return own;
  }
}
