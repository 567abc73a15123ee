import { describe, expect, test } from 'vitest';
import { newsArticle, serializeJsonLd, type NewsArticleFacts } from '../../../src/lib/site/structured-data.ts';
import { checkSchemaOrg, loadVocabulary } from '../../support/schema-org.ts';

const HOSTILE = '</script><script>alert(1)</script> "quoted" & <b>';

const facts: NewsArticleFacts = {
  headline: 'PyTorch joins the Linux Foundation',
  description: 'Meta hands PyTorch to a foundation.',
  url: 'https://briefing.example/briefings/2022/09/12/pytorch-foundation/',
  image: 'https://briefing.example/briefings/2022/09/12/pytorch-foundation/og.png',
  datePublished: new Date('2022-09-12'),
  dateModified: new Date('2022-09-14'),
  lang: 'en',
  publisher: { name: 'Briefing', url: 'https://briefing.example/' },
  authors: [{ name: 'Briefing newsroom', url: 'https://briefing.example/authors/newsroom/', kind: 'organization' }],
  topics: ['PyTorch', 'Governance'],
  sources: [
    { title: HOSTILE, url: 'https://pytorch.org/blog/', publisher: 'PyTorch', published: { iso: '2022-09-12' } },
    { title: 'Meta’s post', url: 'https://ai.meta.com/blog/', publisher: 'Meta' },
  ],
};

describe('newsArticle', () => {
  test('names the byline’s authors, each with their author page', () => {
    const person = { name: 'A. Writer', url: 'https://briefing.example/authors/a-writer/', kind: 'person' as const };
    expect(newsArticle(facts).author).toEqual([
      { '@type': 'Organization', name: 'Briefing newsroom', url: 'https://briefing.example/authors/newsroom/' },
    ]);
    expect(newsArticle({ ...facts, authors: [person] }).author).toEqual([
      { '@type': 'Person', name: 'A. Writer', url: person.url },
    ]);
  });

  test('describes the briefing with dates, publisher, image, topics and page', () => {
    expect(newsArticle(facts)).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: facts.headline,
      datePublished: '2022-09-12',
      dateModified: '2022-09-14',
      image: [facts.image],
      publisher: { '@type': 'Organization', name: 'Briefing', url: 'https://briefing.example/' },
      about: [
        { '@type': 'Thing', name: 'PyTorch' },
        { '@type': 'Thing', name: 'Governance' },
      ],
      mainEntityOfPage: { '@type': 'WebPage', '@id': facts.url },
    });
  });

  test('cites every source in order, with its publisher and, when known, its date', () => {
    expect(newsArticle(facts).citation).toEqual([
      {
        '@type': 'CreativeWork',
        name: HOSTILE,
        url: 'https://pytorch.org/blog/',
        publisher: { '@type': 'Organization', name: 'PyTorch' },
        datePublished: '2022-09-12',
      },
      {
        '@type': 'CreativeWork',
        name: 'Meta’s post',
        url: 'https://ai.meta.com/blog/',
        publisher: { '@type': 'Organization', name: 'Meta' },
      },
    ]);
  });

  test('uses only types and properties schema.org defines, with values in range', () => {
    expect(checkSchemaOrg(loadVocabulary(), newsArticle(facts))).toEqual([]);
  });

  test('the schema.org check catches a misplaced property', () => {
    const wrong = { ...newsArticle(facts), citation: [{ '@type': 'Thing', name: 'x', datePublished: '2020-01-01' }] };
    expect(checkSchemaOrg(loadVocabulary(), wrong)).toEqual(['$.citation[0]: Thing is not one of CreativeWork,Text']);
  });
});

describe('serializeJsonLd', () => {
  test('cannot end its script element or open markup, whatever the values', () => {
    const json = serializeJsonLd({ name: HOSTILE, line: 'a\u2028b' });
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(json).toContain('\\u003c/script\\u003e');
  });

  test('round-trips to the same data', () => {
    const data = newsArticle(facts);
    expect(JSON.parse(serializeJsonLd(data))).toEqual(data);
  });
});
