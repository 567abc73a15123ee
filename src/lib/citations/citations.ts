import { showInvisible } from '../content/suggest.ts';
/**
 * Pandoc-style citation markers: `[@id]` and `[@first; @second]`.
 * Finding, splitting and numbering them is pure text work, shared by the Markdown
 * plugin (body), the layout (key points) and the content checks.
 */

/** A well-formed marker and where it sits in the text it was found in. */
export interface CitationMarker {
  ids: string[];
  start: number;
  end: number;
}

/** Something that starts like a marker but is not one. */
export interface MarkerProblem {
  start: number;
  message: string;
  hint: string;
}

/** Every `[@` in a text, sorted into markers, escaped literals and problems. */
export interface ParsedCitations {
  markers: CitationMarker[];
  escaped: number[];
  problems: MarkerProblem[];
}

/** A run of plain text or one marker's sources, in reading order. */
export type CitedTextPart = { text: string } | { cite: string[] };

const OPEN = '[@';
const SOURCE_ID = /^@([a-z0-9]+(?:-[a-z0-9]+)*)$/;
const SYNTAX_HINT = 'write [@source-id], or [@first; @second] for several sources; to show a literal "[@", write \\[@';

/** True when the character at `index` is escaped by an odd run of backslashes. */
function isEscaped(text: string, index: number): boolean {
  let slashes = 0;
  for (let i = index - 1; i >= 0 && text[i] === '\\'; i--) slashes++;
  return slashes % 2 === 1;
}

/** Reads the marker that opens at `start`, or says why it is malformed. */
function readMarker(text: string, start: number): CitationMarker | MarkerProblem {
  const close = text.indexOf(']', start);
  const nextOpen = text.indexOf('[', start + 1);
  if (close === -1 || (nextOpen !== -1 && nextOpen < close)) {
    return { start, message: 'Citation marker is not closed.', hint: `add "]": ${SYNTAX_HINT}` };
  }
  const parts = text
    .slice(start + 1, close)
    .split(';')
    .map((part) => part.trim());
  const ids = parts.map((part) => SOURCE_ID.exec(part)?.[1]);
  if (ids.some((id) => id === undefined)) {
    // An invisible or look-alike character is the usual culprit: show it as its code point.
    const written = showInvisible(text.slice(start, close + 1));
    return { start, message: `Malformed citation marker "${written}".`, hint: SYNTAX_HINT };
  }
  return { ids: ids as string[], start, end: close + 1 };
}

/** Finds every citation marker in `text`; escaped `\[@` is left as literal text. */
export function parseCitations(text: string): ParsedCitations {
  const parsed: ParsedCitations = { markers: [], escaped: [], problems: [] };
  for (let at = text.indexOf(OPEN); at !== -1;) {
    if (isEscaped(text, at)) {
      parsed.escaped.push(at);
      at = text.indexOf(OPEN, at + OPEN.length);
      continue;
    }
    const found = readMarker(text, at);
    if ('ids' in found) parsed.markers.push(found);
    else parsed.problems.push(found);
    at = text.indexOf(OPEN, 'ids' in found ? found.end : at + OPEN.length);
  }
  return parsed;
}

/** Cuts `text` into plain runs and the given markers, in order. */
export function splitAtMarkers(text: string, markers: readonly CitationMarker[]): CitedTextPart[] {
  const parts: CitedTextPart[] = [];
  let cursor = 0;
  for (const marker of markers) {
    if (marker.start > cursor) parts.push({ text: text.slice(cursor, marker.start) });
    parts.push({ cite: marker.ids });
    cursor = marker.end;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor) });
  return parts;
}

/** Turns escaped `\[@` back into the literal `[@` the writer meant to show. */
export function unescapeMarkers(text: string): string {
  return text.replace(/\\\[@/g, '[@');
}

/** Removes citation markers (and the space before them) for plain-text uses such as meta descriptions. */
export function stripCitations(text: string): string {
  const { markers } = parseCitations(text);
  const plain = splitAtMarkers(text, markers)
    .map((part) => ('text' in part ? unescapeMarkers(part.text) : ''))
    .join('');
  return closeCitationGaps(plain);
}

/** Closes the gap a removed citation leaves before punctuation ("claim ." becomes "claim."), and trims. */
export function closeCitationGaps(text: string): string {
  return text.replace(/\s+([.,;:!?])/g, '$1').trim();
}

/** One place a source is cited: its number in the Sources list and the id of the chip. */
export interface CitationRef {
  sourceId: string;
  number: number;
  refId: string;
}

/** Which sources were cited, in order of first citation, and the chip ids citing each. */
export interface CitationIndex {
  order: string[];
  refs: Record<string, string[]>;
}

/** The id of the `occurrence`-th chip (1-based) citing a source, target of its backlink. */
export function citationRefId(sourceId: string, occurrence: number): string {
  return `cite-${sourceId}-${occurrence}`;
}

/** The id of a source's entry in the Sources list, which every chip citing it links to. */
export function sourceAnchorId(sourceId: string): string {
  return `source-${sourceId}`;
}

/** The id of the title in a source's Sources entry: what describes the chips citing it. */
export function sourceTitleId(sourceId: string): string {
  return `${sourceAnchorId(sourceId)}-title`;
}

/** Numbers sources by first citation as citations are met in reading order. */
export function createCitationNumbering() {
  const refs = new Map<string, string[]>();
  return {
    cite(sourceId: string): CitationRef {
      let chips = refs.get(sourceId);
      if (!chips) refs.set(sourceId, (chips = []));
      const refId = citationRefId(sourceId, chips.length + 1);
      chips.push(refId);
      return { sourceId, number: [...refs.keys()].indexOf(sourceId) + 1, refId };
    },
    index(): CitationIndex {
      return { order: [...refs.keys()], refs: Object.fromEntries(refs) };
    },
  };
}
