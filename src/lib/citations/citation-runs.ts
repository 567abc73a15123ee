/**
 * Keeping citations with their claims. A chip must never start a line, and a run of chips of
 * one publisher reads as one chip ("soumith.ch 3, 5"): these functions decide what is kept
 * together; the renderer keeps each run on one line.
 */

/** The word a run of citations follows, the citations, and the punctuation right after them. */
export interface CitationRun<R> {
  lead: string;
  cite: R[];
  trail: string;
}

/** Plain text, or a run of citations glued to its neighbours. */
export type RunPart<R> = { text: string } | { run: CitationRun<R> };

type Part<R> = { text: string } | { cite: R[] };

/** The last word of a text and the spaces after it. */
const LAST_WORD = /\S*\s*$/u;
/** Closing punctuation that belongs on the line of the chip it follows. */
const TRAILING_PUNCTUATION = /^[.,;:!?…)\]}»”’"']+/u;

/** Chips separated only by spaces (`[@a] [@b]`) are one run. */
function mergeAdjacentCites<R>(parts: readonly Part<R>[]): Part<R>[] {
  const merged: Part<R>[] = [];
  for (const part of parts) {
    const last = merged.at(-1);
    const beforeLast = merged.at(-2);
    if ('cite' in part && last && 'text' in last && last.text.trim() === '' && beforeLast && 'cite' in beforeLast) {
      merged.splice(-2, 2, { cite: [...beforeLast.cite, ...part.cite] });
    } else if ('cite' in part && last && 'cite' in last) {
      merged.splice(-1, 1, { cite: [...last.cite, ...part.cite] });
    } else {
      merged.push(part);
    }
  }
  return merged;
}

/** Splits a text into what stays before a run and the word that joins it. */
function splitLastWord(text: string): [rest: string, word: string] {
  const at = LAST_WORD.exec(text)?.index ?? text.length;
  return [text.slice(0, at), text.slice(at)];
}

/** Splits a text into the punctuation that joins the run before it and the rest. */
function splitTrailingPunctuation(text: string): [punctuation: string, rest: string] {
  const punctuation = TRAILING_PUNCTUATION.exec(text)?.[0] ?? '';
  return [punctuation, text.slice(punctuation.length)];
}

/**
 * Glues each run of citations to the word before it and the punctuation after it, so that
 * a line can break before the word but never between the word and its chips.
 */
export function attachCitations<R>(parts: readonly Part<R>[]): RunPart<R>[] {
  const merged = mergeAdjacentCites(parts);
  const out: RunPart<R>[] = [];
  merged.forEach((part, index) => {
    if ('text' in part) {
      const previous = merged[index - 1];
      const text = previous && 'cite' in previous ? splitTrailingPunctuation(part.text)[1] : part.text;
      const next = merged[index + 1];
      const kept = next && 'cite' in next ? splitLastWord(text)[0] : text;
      if (kept) out.push({ text: kept });
      return;
    }
    const before = merged[index - 1];
    const after = merged[index + 1];
    const beforeText = before && 'text' in before ? before.text : '';
    const beforeThat = merged[index - 2];
    const unclaimed = beforeThat && 'cite' in beforeThat ? splitTrailingPunctuation(beforeText)[1] : beforeText;
    const lead = splitLastWord(unclaimed)[1];
    const trail = after && 'text' in after ? splitTrailingPunctuation(after.text)[0] : '';
    out.push({ run: { lead, cite: part.cite, trail } });
  });
  return out;
}

/** Adjacent citations of one publisher, shown as one chip. */
export interface ChipGroup<R> {
  host: string;
  refs: R[];
}

/** Groups a run's citations into chips: neighbours with the same host share one. */
export function groupChips<R>(refs: readonly R[], hostOf: (ref: R) => string): ChipGroup<R>[] {
  const groups: ChipGroup<R>[] = [];
  for (const ref of refs) {
    const host = hostOf(ref);
    const last = groups.at(-1);
    if (last?.host === host) last.refs.push(ref);
    else groups.push({ host, refs: [ref] });
  }
  return groups;
}
