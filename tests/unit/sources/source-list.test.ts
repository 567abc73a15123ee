import { describe, expect, test } from 'vitest';
import { listCitedSources } from '../../../src/lib/sources/source-list.ts';

const citations = { order: ['post', 'page'], refs: { post: ['cite-post-1'], page: ['cite-page-1', 'cite-page-2'] } };

describe('listCitedSources', () => {
  test('labels each source’s kind, links its quote, and keeps its archived copy', () => {
    const [post, page] = listCitedSources(
      [
        { id: 'page', title: 'Page', url: 'https://b.example/', kind: 'official' },
        {
          id: 'post',
          title: 'Post',
          url: 'https://a.example/post',
          quote: 'Quoted words',
          archived: 'https://web.archive.org/web/2026/https://a.example/post',
          kind: 'primary',
        },
      ],
      citations,
      {},
      'en',
    );
    expect(post).toMatchObject({
      number: 1,
      kind: 'primary',
      kindLabel: 'Primary',
      quoteUrl: 'https://a.example/post#:~:text=Quoted%20words',
      archived: 'https://web.archive.org/web/2026/https://a.example/post',
    });
    expect(page).toMatchObject({ number: 2, kindLabel: 'Official', refIds: ['cite-page-1', 'cite-page-2'] });
    expect(page).not.toHaveProperty('quoteUrl');
    expect(page).not.toHaveProperty('archived');
  });
});

describe('listCitedSources with the lock file', () => {
  const archived = 'https://web.archive.org/web/2026/https://a.example/post';
  const sources = [
    {
      id: 'post',
      title: 'Post',
      url: 'https://a.example/post',
      quote: 'Quoted words',
      archived,
      kind: 'primary' as const,
    },
    { id: 'page', title: 'Page', url: 'https://b.example/', kind: 'official' as const },
  ];

  test('shows the day of the last check, and opens the archived copy first once the original is gone', () => {
    const [post, page] = listCitedSources(sources, citations, {}, 'en', {
      'https://a.example/post': { status: 'gone', checked: '2026-12-01', httpStatus: 404 },
      'https://b.example/': { status: 'ok', checked: '2026-11-30', httpStatus: 200 },
    });
    expect(post).toMatchObject({
      availability: 'unavailable',
      href: archived,
      quoteUrl: `${archived}#:~:text=Quoted%20words`,
      checked: { iso: '2026-12-01', text: 'December 1, 2026' },
    });
    expect(page).toMatchObject({
      availability: 'available',
      href: 'https://b.example/',
      checked: { iso: '2026-11-30' },
    });
  });

  test('an unchecked source shows no check and opens the original', () => {
    const [post] = listCitedSources(sources, citations, {}, 'en', {
      'https://a.example/post': { status: 'unchecked' },
    });
    expect(post).toMatchObject({ availability: 'unknown', href: 'https://a.example/post' });
    expect(post).not.toHaveProperty('checked');
  });
});
