import { describe, expect, test } from 'vitest';
import { searchRecord } from '../../../src/lib/search/search-record.ts';

describe('searchRecord', () => {
  const briefing = {
    title: 'Soumith Chintala credited with infrastructure',
    dek: 'A viral post credited PyTorch’s co-founder.',
    date: new Date('2026-05-23'),
    topicNames: ['PyTorch', 'People'],
    citedUrls: [
      'https://cdn.openai.com/a.pdf',
      'https://openai.com/index/x/',
      'https://www.bbc.co.uk/news',
      'https://x.com/a',
    ],
  };

  test('gives the title, the publication day and the dek as result metadata', () => {
    expect(searchRecord(briefing).meta).toEqual([
      { name: 'title', value: 'Soumith Chintala credited with infrastructure' },
      { name: 'date', value: '2026-05-23' },
      { name: 'dek', value: 'A viral post credited PyTorch’s co-founder.' },
    ]);
  });

  test('names the share image and its text alternative when there is one', () => {
    const image = { url: 'https://example.org/briefings/2026/05/23/a/og.png', alt: 'Briefing: A' };
    expect(searchRecord({ ...briefing, image }).meta.slice(3)).toEqual([
      { name: 'image', value: image.url },
      { name: 'image_alt', value: 'Briefing: A' },
    ]);
  });

  test('leaves the dek out when the briefing has none', () => {
    expect(searchRecord({ ...briefing, dek: undefined }).meta.map(({ name }) => name)).toEqual(['title', 'date']);
  });

  test('filters by topic name, year, and each registrable domain cited, once and sorted', () => {
    expect(searchRecord(briefing).filters).toEqual([
      { name: 'topic', value: 'PyTorch' },
      { name: 'topic', value: 'People' },
      { name: 'year', value: '2026' },
      { name: 'publisher', value: 'bbc.co.uk' },
      { name: 'publisher', value: 'openai.com' },
      { name: 'publisher', value: 'x.com' },
    ]);
  });

  test('sorts by the publication day', () => {
    expect(searchRecord(briefing).sort).toBe('date:2026-05-23');
  });
});
