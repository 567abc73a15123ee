import { memoize } from '../site/memoize.ts';

/** A question section's heading, as listed under "In this briefing". */
export interface Question {
  id: string;
  text: string;
}

const MAX_ID_LENGTH = 64;

/** Every `##` heading that ends in "?" is a question. */
export function isQuestionHeading(text: string): boolean {
  return text.trim().endsWith('?');
}

/** A URL-safe id from heading text: lowercase ASCII words joined by hyphens, at most 64 characters. */
export function slugifyHeading(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let id = '';
  for (const word of words) {
    const next = id ? `${id}-${word}` : word;
    if (next.length > MAX_ID_LENGTH) break;
    id = next;
  }
  return id || 'section';
}

/**
 * Hands out heading ids unique within one briefing: the first "why" keeps `why`, the next
 * becomes `why-2`. Ids depend only on the headings, so editing a paragraph never moves them.
 * `explicit` ids (`{#why}`) are the writer's, kept as written: an automatic id moves aside for them.
 */
export function createHeadingIds(explicit: readonly string[] = []) {
  const used = new Set<string>(explicit);
  return (wanted: string): string => {
    let id = wanted;
    for (let n = 2; used.has(id); n++) id = `${wanted}-${n}`;
    used.add(id);
    return id;
  };
}

/** A `##` heading and the nodes up to the next one. */
export interface HeadingSection<T> {
  heading: T;
  body: T[];
}

/** Splits a document's top-level nodes at each `##` heading: the intro, then one section per heading. */
export function splitAtHeadings<T>(nodes: readonly T[], isSectionHeading: (node: T) => boolean) {
  const intro: T[] = [];
  const sections: HeadingSection<T>[] = [];
  for (const node of nodes) {
    if (isSectionHeading(node)) sections.push({ heading: node, body: [] });
    else (sections.at(-1)?.body ?? intro).push(node);
  }
  return { intro, sections };
}

const AUXILIARY = /^(?:is|are|was|were|do|does|did|can|could|should|would|will|has|have|had)$/;
const INTERROGATIVE = /^(?:what|why|how|who|whom|whose|when|where|which)$/;

/**
 * True for a heading that reads like a question but lacks its "?" ("Why did it travel"),
 * so it would silently become an ordinary section. Headline-style "Why it matters" is not one.
 */
export function looksLikeQuestion(text: string): boolean {
  if (isQuestionHeading(text)) return false;
  const [first = '', second = ''] = text.trim().toLowerCase().split(/\s+/);
  return AUXILIARY.test(first) || (INTERROGATIVE.test(first) && AUXILIARY.test(second));
}

/** A sentence break after these is no break: initials ("J. Smith") and common abbreviations ("Dr. Ng"). */
const ABBREVIATION_END = /(?:^|[\s(])(?:[A-Z]|Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|St|Jr|Sr|Inc|Co|No|vs)\.\s*$/;
const sentenceSegmenter = memoize((locale) => new Intl.Segmenter(locale, { granularity: 'sentence' }));

/** The first sentence of a plain text, whitespace collapsed, for previews of an answer. */
export function firstSentence(text: string, locale: string): string {
  let sentence = '';
  for (const { segment } of sentenceSegmenter(locale).segment(text.replace(/\s+/g, ' ').trim())) {
    sentence += segment;
    if (!ABBREVIATION_END.test(sentence)) break;
  }
  return sentence.trim();
}
