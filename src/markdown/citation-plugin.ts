import { defineMdastPlugin, type MdastContent, type MdastTarget, type MdastVisitorContext } from 'satteri';
import { citablePlace, type Enclosing } from '../lib/citations/citable-text.ts';
import {
  parseCitations,
  splitAtMarkers,
  unescapeMarkers,
  type CitationMarker,
  type CitationRef,
  type ParsedCitations,
} from '../lib/citations/citations.ts';
import { attachCitations, groupChips, type RunPart } from '../lib/citations/citation-runs.ts';
import type { ResolvedText } from '../lib/citations/outline.ts';
import { hostLabel } from '../lib/sources/sources.ts';
import { briefingDocument, type BriefingDocument } from './document.ts';
import { CITING_COMPONENTS } from '../lib/kit/kit-components.ts';

const sourceIds = (document: BriefingDocument) => document.sources.map((source) => source.id);

/** Numbers the ids that match a source; the content check, which runs before any compile, reports the others. */
function citeKnown(document: BriefingDocument, ids: readonly string[]): CitationRef[] {
  const known = sourceIds(document);
  return ids.filter((id) => known.includes(id)).map((id) => document.numbering.cite(id));
}

/** Key points are frontmatter strings: resolve them first, since they come first on the page. */
function resolveKeyPoints(document: BriefingDocument): void {
  document.keyPoints.forEach((keyPoint) => {
    const parsed = parseCitations(keyPoint);
    const parts: ResolvedText = splitAtMarkers(keyPoint, parsed.markers).map((part) =>
      'text' in part ? { text: unescapeMarkers(part.text) } : { cite: citeKnown(document, part.cite) },
    );
    document.outline.keyPoints.push(parts);
  });
}

/** The markers of the raw source mapped onto the node's text: the k-th "[@" in one is the k-th in the other. */
function markersInValue(value: string, raw: ParsedCitations): CitationMarker[] {
  const openings = [...value.matchAll(/\[@/g)].map((match) => match.index);
  const inRaw = [...raw.markers.map((m) => m.start), ...raw.escaped, ...raw.problems.map((p) => p.start)].sort(
    (a, b) => a - b,
  );
  if (openings.length !== inRaw.length) return parseCitations(value).markers;
  return raw.markers.map((marker) => {
    const start = openings[inRaw.indexOf(marker.start)] ?? 0;
    return { ids: marker.ids, start, end: start + marker.end - marker.start };
  });
}

/** The nodes around `node`, nearest first. */
function* enclosing(node: Readonly<MdastTarget>, ctx: MdastVisitorContext): Generator<Enclosing> {
  for (let parent = ctx.parent(node); parent; parent = ctx.parent(parent)) {
    yield 'name' in parent ? { type: parent.type, name: parent.name as string | null } : { type: parent.type };
  }
}

/** One chip: adjacent citations of one publisher, as space-separated source and chip ids. */
function chipElement(refs: readonly CitationRef[]): MdastContent {
  const attribute = (name: string, value: string) => ({ type: 'mdxJsxAttribute' as const, name, value });
  return {
    type: 'mdxJsxTextElement' as const,
    name: 'Cite',
    attributes: [
      attribute('source', refs.map((ref) => ref.sourceId).join(' ')),
      attribute('refId', refs.map((ref) => ref.refId).join(' ')),
    ],
    children: [],
  };
}

/** The host a source's chip shows; a bad URL (reported by `checkSources`) groups by nothing. */
function chipHost(document: BriefingDocument, sourceId: string): string {
  const url = document.sources.find((source) => source.id === sourceId)?.url ?? '';
  return URL.canParse(url) ? hostLabel(url) : sourceId;
}

/** A run of chips with the word before and the punctuation after, kept on one line. */
function runElement(document: BriefingDocument, part: RunPart<CitationRef>): MdastContent[] {
  if ('text' in part) return [{ type: 'text', value: part.text }];
  const chips = groupChips(part.run.cite, (ref) => chipHost(document, ref.sourceId));
  const text = (value: string): MdastContent[] => (value ? [{ type: 'text', value }] : []);
  // The word keeps its first chip and the last chip its punctuation; between two publishers'
  // chips a narrow line may break, so that no run is wider than a line.
  const last = chips.length - 1;
  return chips.map(
    (chip, index) =>
      ({
        type: 'mdxJsxTextElement',
        name: 'span',
        attributes: [{ type: 'mdxJsxAttribute', name: 'data-cite-run', value: null }],
        children: [
          ...(index === 0 ? text(part.run.lead) : []),
          chipElement(chip.refs),
          ...(index === last ? text(part.run.trail) : []),
        ],
      }) as MdastContent,
  );
}

type JsxElement = Extract<MdastContent, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

/** A pull quote or post card cites its source: numbered where it stands, its chip id given as `refId`. */
function citeElement(node: Readonly<JsxElement>, ctx: MdastVisitorContext): void {
  if (!CITING_COMPONENTS.includes(node.name ?? '')) return;
  const source = node.attributes.find((attribute) => 'name' in attribute && attribute.name === 'source');
  const id = typeof source?.value === 'string' ? source.value : undefined;
  const [ref] = id === undefined ? [] : citeKnown(briefingDocument(ctx), [id]);
  if (!ref) return;
  const attributes = [...node.attributes, { type: 'mdxJsxAttribute' as const, name: 'refId', value: ref.refId }];
  ctx.replaceNode(node, { ...node, attributes } as MdastContent);
}

/**
 * Turns `[@id]` markers in the body into numbered `<Cite>` chips and records the numbering
 * for the Sources list. Which text is citable is `citablePlace`, the rule the content check
 * walks by; the check (run before any compile) reports every problem, so this plugin reports none.
 */
export const citationPlugin = defineMdastPlugin({
  name: 'briefing-citations',
  options: { position: true },
  before(_root, ctx) {
    resolveKeyPoints(briefingDocument(ctx));
  },
  text(node, ctx) {
    if (!node.value.includes('[@') || !node.position) return;
    if (citablePlace(enclosing(node, ctx)) !== 'text') return;
    const document = briefingDocument(ctx);
    const offset = node.position.start.offset ?? 0;
    const raw = parseCitations(document.source.slice(offset, node.position.end.offset));
    const parts = splitAtMarkers(node.value, markersInValue(node.value, raw));
    const resolved = parts.map((part) => ('text' in part ? part : { cite: citeKnown(document, part.cite) }));
    ctx.replaceNode(
      node,
      attachCitations(resolved).flatMap((part) => runElement(document, part)),
    );
  },
  mdxJsxFlowElement: citeElement,
  mdxJsxTextElement: citeElement,
  after(_root, ctx) {
    const document = briefingDocument(ctx);
    document.outline.citations = document.numbering.index();
  },
});
