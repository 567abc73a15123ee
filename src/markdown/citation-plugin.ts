import { defineMdastPlugin, type MdastContent, type MdastTarget, type MdastVisitorContext } from 'satteri';
import {
  parseCitations,
  splitAtMarkers,
  unescapeMarkers,
  type CitationMarker,
  type CitationRef,
  type ParsedCitations,
} from '../lib/citations';
import type { ResolvedText } from '../lib/outline';
import { checkSources } from '../lib/sources';
import { suggestClosest } from '../lib/suggest';
import { briefingDocument, frontmatterPosition, report, type BriefingDocument, type Location } from './document';

/** Resolves each id to a numbered citation, reporting ids that match no source. */
function citeAll(document: BriefingDocument, ids: readonly string[], at: Location): CitationRef[] {
  const known = document.sources.map((source) => source.id);
  return ids.flatMap((id) => {
    if (known.includes(id)) return [document.numbering.cite(id)];
    const closest = suggestClosest(id, known);
    report(document, at, {
      severity: 'error',
      message: `Unknown source "${id}".`,
      hint: `${closest ? `did you mean "${closest}"? ` : ''}cite an id listed under sources:, or add a source with id "${id}"`,
    });
    return [];
  });
}

/** Key points are frontmatter strings: resolve them first, since they come first on the page. */
function resolveKeyPoints(document: BriefingDocument): void {
  document.keyPoints.forEach((keyPoint, index) => {
    const at = () => frontmatterPosition(document, ['keyPoints', index]);
    const { markers, problems } = parseCitations(keyPoint);
    for (const { message, hint } of problems) report(document, at, { severity: 'error', message, hint });
    const parts: ResolvedText = splitAtMarkers(keyPoint, markers).map((part) =>
      'text' in part ? { text: unescapeMarkers(part.text) } : { cite: citeAll(document, part.cite, at) },
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

/** True when a node sits anywhere inside a node of one of `types` (a link, a heading). */
function isInside(node: Readonly<MdastTarget>, ctx: MdastVisitorContext, types: readonly string[]): boolean {
  const parent: Readonly<MdastTarget> | undefined = ctx.parent(node);
  return parent !== undefined && (types.includes(parent.type) || isInside(parent, ctx, types));
}

function citeElement({ sourceId, refId }: CitationRef): MdastContent {
  const attribute = (name: string, value: string) => ({ type: 'mdxJsxAttribute' as const, name, value });
  return {
    type: 'mdxJsxTextElement' as const,
    name: 'Cite',
    attributes: [attribute('source', sourceId), attribute('refId', refId)],
    children: [],
  };
}

/**
 * Turns `[@id]` markers in the body into numbered `<Cite>` chips, checks every source id
 * and URL, and records the numbering for the Sources list. Markers in links and code stay text.
 */
export const citationPlugin = defineMdastPlugin({
  name: 'briefing-citations',
  options: { position: true },
  before(_root, ctx) {
    const document = briefingDocument(ctx);
    for (const { path, message, hint } of checkSources(document.sources)) {
      report(document, () => frontmatterPosition(document, path), { severity: 'error', message, hint });
    }
    resolveKeyPoints(document);
  },
  text(node, ctx) {
    if (!node.value.includes('[@') || !node.position || isInside(node, ctx, ['link', 'linkReference'])) return;
    const document = briefingDocument(ctx);
    const offset = node.position.start.offset ?? 0;
    const raw = parseCitations(document.source.slice(offset, node.position.end.offset));
    for (const { start, message, hint } of raw.problems)
      report(document, offset + start, { severity: 'error', message, hint });
    if (raw.markers.length && isInside(node, ctx, ['heading'])) {
      report(document, offset + (raw.markers[0]?.start ?? 0), {
        severity: 'error',
        message: 'Citation in a heading.',
        hint: 'move the citation into the answer, after the claim it supports',
      });
      return;
    }
    const parts = splitAtMarkers(node.value, markersInValue(node.value, raw));
    const rawStarts = raw.markers.map((marker) => offset + marker.start);
    let markerIndex = 0;
    const replacement = parts.flatMap((part): MdastContent[] =>
      'text' in part
        ? [{ type: 'text', value: part.text }]
        : citeAll(document, part.cite, rawStarts[markerIndex++] ?? offset).map(citeElement),
    );
    ctx.replaceNode(node, replacement);
  },
  after(_root, ctx) {
    const document = briefingDocument(ctx);
    document.outline.citations = document.numbering.index();
    document.sources.forEach(({ id }, index) => {
      if (document.outline.citations.order.includes(id)) return;
      report(document, () => frontmatterPosition(document, ['sources', index, 'id']), {
        severity: 'warning',
        message: `Source "${id}" is never cited.`,
        hint: `cite it with [@${id}] after the claim it supports, or remove it`,
      });
    });
  },
});
