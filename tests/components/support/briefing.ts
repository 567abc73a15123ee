import type { Briefing, BriefingEntry } from '../../../src/data/briefings.ts';
import type { QuestionAnswer } from '../../../src/data/question-answers.ts';
import type { BriefingOutline, QuestionOutline } from '../../../src/lib/citations/outline.ts';
import { briefingSchema } from '../../../src/lib/content/briefing-schema.ts';

/** A corrected briefing as the collection would hand it over: frontmatter validated by the site's schema. */
export function correctedBriefing(): Briefing {
  const data = briefingSchema.parse({
    title: 'A corrected briefing',
    date: '2026-05-20',
    corrections: [{ date: '2026-05-22', note: 'An earlier version gave the wrong dates.' }],
    topics: ['pytorch'],
    keyPoints: ['The conference moved [@venue].'],
    sources: [
      { id: 'venue', title: 'Conference page', url: 'https://events.example/conference', kind: 'official' },
      { id: 'news', title: 'Conference comes to town', url: 'https://news.example/story' },
    ],
  });
  const entry = { id: '2026/05/corrected-briefing', collection: 'briefings', data } as BriefingEntry;
  return { entry, permalink: 'briefings/2026/05/20/corrected-briefing/' };
}

/** Its one question, citing both sources. */
export const QUESTION: QuestionOutline = {
  id: 'when-is-it',
  text: 'When is it?',
  sources: ['venue', 'news'],
  firstSentence: 'The organisers list October 20-21.',
};

/** What the Markdown pipeline would learn of it: both sources cited, key point first. */
export const OUTLINE: BriefingOutline = {
  keyPoints: [[{ text: 'The conference moved ' }, { cite: [{ sourceId: 'venue', number: 1, refId: 'cite-venue-1' }] }]],
  citations: { order: ['venue', 'news'], refs: { venue: ['cite-venue-1', 'cite-venue-2'], news: ['cite-news-1'] } },
  questions: [QUESTION],
};

/** Its answer as a question's page receives it: the rendered section, and the one source it cites, second in the briefing. */
export const ANSWER: QuestionAnswer = {
  html: '<section data-question="when-is-it" aria-labelledby="when-is-it"><p>The organisers list October 20-21.</p></section>',
  sources: [
    {
      id: 'news',
      number: 2,
      title: 'Conference comes to town',
      url: 'https://news.example/story',
      href: 'https://news.example/story',
      host: 'news.example',
      publisher: 'news.example',
      availability: 'unknown',
      kind: 'reporting',
      kindLabel: 'Reporting',
      refIds: ['cite-news-1'],
    },
  ],
  briefingSources: 2,
};
