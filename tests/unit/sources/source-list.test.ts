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
