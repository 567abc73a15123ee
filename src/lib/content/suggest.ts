/**
 * Edit distance between two strings for did-you-mean hints: insertions, deletions,
 * substitutions and swaps of two neighbours each cost one (`pep-797` is one step from `pep-779`).
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const at = (di: number, dj: number) => rows[i - di]?.[j - dj] ?? row[j - dj] ?? Infinity;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(1, 0) + 1, (row[j - 1] ?? Infinity) + 1, at(1, 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(2, 2) + 1);
      row.push(best);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? 0;
}

/** The closest candidate to `word`, if it is close enough to be a plausible typo. */
export function suggestClosest(word: string, candidates: readonly string[]): string | undefined {
  const limit = Math.max(2, Math.floor(word.length / 3));
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
    if (distance <= limit && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

/**
 * Text as a writer can tell it apart: every character outside printable ASCII is written as its
 * code point (`src\u200b-a`, `p\u0443torch` with a Cyrillic у), so an id that only looks right
 * does not read the same as the one it is mistaken for.
 */
export function showInvisible(text: string): string {
  return [...text]
    .map((char) => {
      const code = char.codePointAt(0) ?? 0;
      if (code >= 0x20 && code < 0x7f) return char;
      const hex = code.toString(16).padStart(4, '0');
      return code > 0xffff ? `\\u{${hex}}` : `\\u${hex}`;
    })
    .join('');
}
