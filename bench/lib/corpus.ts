import { createRandom, type Random } from './random.ts';
import { commonWord, createVocabulary, inventName, type Vocabulary } from './vocabulary.ts';

/** One generated briefing: where it goes under the content folder, and its MDX. */
export interface SyntheticBriefing {
  path: string;
  text: string;
}

/** A generated corpus and two words to search it for: one in most briefings, one in a single briefing. */
export interface Corpus {
  briefings: SyntheticBriefing[];
  commonWord: string;
  rareWord: string;
  /** The slug of the one briefing that has `rareWord`: a search for it must list that briefing first. */
  rareWordSlug: string;
  distinctWords: number;
}

interface Source {
  id: string;
  lines: string[];
}

/** The state of one briefing being written: citations must reach every source. */
interface Draft {
  random: Random;
  vocabulary: Vocabulary;
  sources: Source[];
  uncited: string[];
  /** Every vocabulary index the corpus's prose has used so far. */
  used: Set<number>;
}

/** Words the corpus draws from: enough that, like real news, the vocabulary keeps growing with the archive. */
const vocabularySize = (briefings: number) => 60_000 + 15 * briefings;
const CITE_SHARE = 1 / 3;
const QUESTION_OPENINGS = ['Why did', 'What is', 'How does', 'Who said', 'When will', 'Where did', 'What changed in'];
const SOURCE_KINDS = ['primary', 'reporting', 'analysis', 'official', 'social'];
const DAY_MS = 86_400_000;
const LAST_DAY = Date.UTC(2026, 4, 1);

function words(draft: Draft, count: number, body: boolean): string[] {
  return Array.from({ length: count }, () => {
    const index = draft.vocabulary.drawIndex(draft.random);
    if (body) draft.used.add(index);
    return draft.vocabulary.words[index] ?? '';
  });
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The next source ids to cite: uncited sources first, so every source is cited at least once. */
function citation(draft: Draft): string {
  const take = () => draft.uncited.shift() ?? draft.random.pick(draft.sources).id;
  const ids = draft.random.chance(0.15) ? [take(), take()] : [take()];
  return ` [${[...new Set(ids)].map((id) => `@${id}`).join('; ')}]`;
}

function sentence(draft: Draft, cite: boolean, body = true): string {
  const text = capitalize(words(draft, draft.random.int(8, 24), body).join(' '));
  return `${text}${cite ? citation(draft) : ''}.`;
}

/** A paragraph of 3–5 sentences, about a third of them cited; `citeFirst` guarantees one. */
function paragraph(draft: Draft, citeFirst: boolean): string {
  const count = draft.random.int(3, 5);
  return Array.from({ length: count }, (_, index) =>
    sentence(draft, (citeFirst && index === 0) || draft.random.chance(CITE_SHARE)),
  ).join(' ');
}

/** A question and its 2–3 paragraphs; the first sentence of the answer cites, so every question does. */
function questionSection(draft: Draft): string {
  const heading = `${draft.random.pick(QUESTION_OPENINGS)} ${words(draft, draft.random.int(2, 5), true).join(' ')}?`;
  const paragraphs = Array.from({ length: draft.random.int(2, 3) }, (_, index) => paragraph(draft, index === 0));
  return [`## ${heading}`, ...paragraphs].join('\n\n');
}

function sourceEntry(draft: Draft, index: number, domains: readonly string[]): Source {
  const [first = '', second = ''] = words(draft, 2, false);
  const id = `${first}-${second}-${index + 1}`;
  const { random } = draft;
  const lines = [
    `  - id: ${id}`,
    `    title: "${capitalize(words(draft, random.int(3, 9), false).join(' '))}"`,
    `    url: https://www.${random.pick(domains)}/${first}/${second}-${index + 1}`,
    ...(random.chance(0.5) ? [`    publisher: "${capitalize(words(draft, 2, false).join(' '))}"`] : []),
    ...(random.chance(0.6) ? [`    published: 20${random.int(10, 25)}-0${random.int(1, 9)}-1${random.int(0, 9)}`] : []),
    ...(random.chance(0.4) ? [`    quote: "${sentence(draft, false, false)}"`] : []),
    `    kind: ${random.pick(SOURCE_KINDS)}`,
  ];
  return { id, lines };
}

function frontmatter(draft: Draft, title: string, date: string, topics: readonly string[]): string {
  const keyPoints = Array.from({ length: 3 }, () => `  - "${sentence(draft, true, false)}"`);
  return [
    '---',
    `title: "${title}"`,
    `dek: "${sentence(draft, false, false)}"`,
    `date: ${date}`,
    `topics: [${topics.join(', ')}]`,
    'keyPoints:',
    ...keyPoints,
    'sources:',
    ...draft.sources.flatMap((source) => source.lines),
    '---',
  ].join('\n');
}

function pickTopics(random: Random, topics: readonly string[]): string[] {
  const chosen = new Set<string>();
  const count = Math.min(random.int(2, 4), topics.length);
  while (chosen.size < count) chosen.add(random.pick(topics));
  return [...chosen];
}

interface Library {
  random: Random;
  vocabulary: Vocabulary;
  topics: readonly string[];
  domains: readonly string[];
  used: Set<number>;
}

/** The lede: two names of the briefing's own (people, places) and a cited paragraph. */
function lede(draft: Draft, names: readonly string[]): string {
  return `${names.map(capitalize).join(' and ')} are in the news. ${paragraph(draft, true)}`;
}

/** Writes briefing number `index`: dated one day before the previous one, with a unique slug. */
function writeBriefing(library: Library, index: number): SyntheticBriefing {
  const { random, vocabulary, used } = library;
  const draft: Draft = { random, vocabulary, sources: [], uncited: [], used };
  draft.sources = Array.from({ length: random.int(5, 8) }, (_, n) => sourceEntry(draft, n, library.domains));
  draft.uncited = draft.sources.map((source) => source.id);
  const titleWords = words(draft, random.int(4, 7), false);
  const date = new Date(LAST_DAY - index * DAY_MS).toISOString().slice(0, 10);
  const head = frontmatter(draft, capitalize(titleWords.join(' ')), date, pickTopics(random, library.topics));
  const names = [inventName(2 * index), inventName(2 * index + 1)];
  const body = [lede(draft, names), ...Array.from({ length: random.int(4, 6) }, () => questionSection(draft))];
  // A short briefing may not reach every source by chance: a closing sentence cites the rest.
  if (draft.uncited.length) body.push(`${sentence(draft, false).slice(0, -1)}${citation(draft)}.`);
  const slug = `${titleWords.slice(0, 4).join('-')}-${index + 1}`;
  const path = `briefings/${date.slice(0, 4)}/${date.slice(5, 7)}/${slug}.mdx`;
  return { path, text: `${head}\n\n${body.join('\n\n')}\n` };
}

/**
 * Generates `count` valid briefings, the same for the same seed, over the given topic slugs,
 * with a word most of them use and a name only the middle one has.
 */
export function generateCorpus(count: number, topics: readonly string[], seed = 1): Corpus {
  const random = createRandom(seed);
  const vocabulary = createVocabulary(random, vocabularySize(count));
  const domains = vocabulary.words.slice(2000, 2300).map((word, n) => `${word}.${['com', 'org', 'net'][n % 3]}`);
  const used = new Set<number>();
  const library: Library = { random, vocabulary, topics, domains, used };
  const briefings = Array.from({ length: count }, (_, index) => writeBriefing(library, index));
  const middle = Math.floor(count / 2);
  const rareWordSlug = briefings[middle]?.path.replace(/^.*\/|\.mdx$/g, '') ?? '';
  return {
    briefings,
    commonWord: commonWord(vocabulary),
    rareWord: inventName(2 * middle),
    rareWordSlug,
    distinctWords: used.size + 2 * count,
  };
}
