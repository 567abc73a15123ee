import { LAYOUT_ID_PREFIXES, LAYOUT_IDS } from '../content/body-allowlist.ts';
import type { OffsetFinding } from '../content/diagnostics.ts';
import { slugifyHeading } from './questions.ts';

/** An id written in a heading's `{#…}` block, and where. */
export interface ExplicitHeadingId {
  id: string;
  offset: number;
}

const ID_SHAPE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function checkOne({ id, offset }: ExplicitHeadingId): OffsetFinding | undefined {
  if (!ID_SHAPE.test(id)) {
    const message = `Heading id "${id}" is not lowercase words joined by hyphens.`;
    return { offset, message, hint: `write {#${slugifyHeading(id)}}: the id is part of the links readers share` };
  }
  if (LAYOUT_IDS.includes(id) || LAYOUT_ID_PREFIXES.some((prefix) => id.startsWith(prefix))) {
    const message = `Heading id "${id}" is one the page layout uses.`;
    const hint = `choose another, such as {#${id}-section}; the layout uses ${LAYOUT_IDS.join(', ')} and ids starting ${LAYOUT_ID_PREFIXES.join(' or ')}`;
    return { offset, message, hint };
  }
  return undefined;
}

/**
 * Explicit heading ids (`## Why? {#why-it-matters}`) become parts of shared links: each is
 * lowercase words joined by hyphens, is not one of the layout's own ids, and is given once.
 */
export function checkHeadingIds(ids: readonly ExplicitHeadingId[]): OffsetFinding[] {
  const seen = new Set<string>();
  return ids.flatMap((entry) => {
    const problem = checkOne(entry);
    if (problem) return [problem];
    if (!seen.has(entry.id)) return seen.add(entry.id) && [];
    const message = `Heading id "${entry.id}" is given to two headings.`;
    return [{ offset: entry.offset, message, hint: 'give each heading its own id, or remove this one' }];
  });
}
