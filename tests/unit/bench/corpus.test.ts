import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { generateCorpus } from '../../../bench/lib/corpus.ts';
import { compileBriefing } from '../../support/compile-briefing.ts';

const topics = Object.keys(JSON.parse(readFileSync('content/topics.json', 'utf8')) as object);
const corpus = generateCorpus(40, topics);

interface Frontmatter {
  keyPoints: string[];
  topics: string[];
  sources: { id: string }[];
}

const frontmatterOf = (text: string) => parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as Frontmatter;
const bodyOf = (text: string) => text.replace(/^---\n[\s\S]*?\n---/, '');

describe('generateCorpus', () => {
  test('is the same for the same seed and differs for another', () => {
    expect(generateCorpus(3, topics).briefings).toEqual(generateCorpus(3, topics).briefings);
    expect(generateCorpus(3, topics, 2).briefings[0]?.text).not.toBe(corpus.briefings[0]?.text);
  });

  test('writes briefings that pass the site’s own checks: no error and no warning', () => {
    const problems = corpus.briefings.flatMap(({ path, text }) => {
      const { error, warnings } = compileBriefing(text);
      return [...(error ? [error] : []), ...warnings].map((problem) => `${path}: ${problem}`);
    });
    expect(problems).toEqual([]);
  });

  test('gives each briefing 3 key points, 2–4 known topics, 5–8 sources and 4–6 questions', () => {
    for (const { text } of corpus.briefings) {
      const frontmatter = frontmatterOf(text);
      expect(frontmatter.keyPoints).toHaveLength(3);
      expect(frontmatter.topics.length).toBeGreaterThanOrEqual(2);
      expect(frontmatter.topics.length).toBeLessThanOrEqual(4);
      expect(frontmatter.topics.every((topic) => topics.includes(topic))).toBe(true);
      expect(frontmatter.sources.length).toBeGreaterThanOrEqual(5);
      expect(frontmatter.sources.length).toBeLessThanOrEqual(8);
      expect(text.match(/^## .+\?$/gm)?.length).toBeGreaterThanOrEqual(4);
      expect(text.match(/^## .+\?$/gm)?.length).toBeLessThanOrEqual(6);
    }
  });

  test('cites about a third of the sentences', () => {
    const sentences = corpus.briefings.flatMap(({ text }) => bodyOf(text).match(/[^.?\n]+\./g) ?? []);
    const cited = sentences.filter((sentence) => sentence.includes('[@')).length / sentences.length;
    expect(cited).toBeGreaterThan(0.28);
    expect(cited).toBeLessThan(0.45);
  });

  test('gives each briefing its own permalink', () => {
    expect(new Set(corpus.briefings.map(({ path }) => path)).size).toBe(40);
  });

  test('offers a word most briefings use and a word exactly one briefing uses', () => {
    const using = (word: string) =>
      corpus.briefings.filter(({ text }) => new RegExp(`\\b${word}\\b`, 'i').test(bodyOf(text))).length;
    expect(using(corpus.commonWord)).toBeGreaterThan(36);
    expect(using(corpus.rareWord)).toBe(1);
    const holder = corpus.briefings.find(({ text }) => new RegExp(`\\b${corpus.rareWord}\\b`, 'i').test(bodyOf(text)));
    expect(holder?.path).toMatch(new RegExp(`/${corpus.rareWordSlug}\\.mdx$`));
  });

  test('grows its vocabulary with the archive, as real news does', () => {
    expect(corpus.distinctWords).toBeGreaterThan(8_000);
    expect(generateCorpus(120, topics).distinctWords).toBeGreaterThan(2 * corpus.distinctWords);
  });
});
