import { describe, expect, test } from 'vitest';
import {
  countPublishers,
  describeCoverage,
  isSingleSource,
  publisherKey,
  describeEvidence,
  evidenceByQuestion,
  summarizeCoverage,
} from '../../../src/lib/sources/coverage.ts';

const openaiPost = { url: 'https://openai.com/index/openai-pytorch/', kind: 'primary' };
const openaiCard = { url: 'https://cdn.openai.com/pdf/card.pdf', kind: 'primary' };
const metaEngineering = { url: 'https://engineering.fb.com/2018/05/02/post/', kind: 'primary' };
const metaProject = { url: 'https://opensource.fb.com/projects/pytorch/', kind: 'official' };
const news = { url: 'https://www.bbc.co.uk/news/technology-1' };

describe('publisherKey', () => {
  test('groups a site’s subdomains as one publisher', () => {
    expect(publisherKey(openaiCard)).toBe('openai.com');
    expect(publisherKey(metaEngineering)).toBe(publisherKey(metaProject));
    expect(publisherKey(news)).toBe('bbc.co.uk');
  });

  test('counts social posts by account, not by platform', () => {
    expect(publisherKey({ url: 'https://x.com/VatsalBhakodia/status/1', kind: 'social' })).toBe('x.com/vatsalbhakodia');
    expect(publisherKey({ url: 'https://x.com/', kind: 'social' })).toBe('x.com');
    expect(publisherKey({ url: 'https://x.com/someone', kind: 'reporting' })).toBe('x.com');
  });
});

describe('coverage counting', () => {
  test('counts sources, distinct publishers and primary sources', () => {
    const coverage = summarizeCoverage([openaiPost, openaiCard, metaEngineering, metaProject, news]);
    expect(coverage).toEqual({ sources: 5, publishers: 3, primary: 3 });
    expect(describeCoverage(coverage)).toBe('5 sources from 3 publishers · 3 primary');
  });

  test('speaks of one source and one publisher in the singular', () => {
    expect(describeCoverage(summarizeCoverage([news]))).toBe('1 source from 1 publisher · 0 primary');
  });

  test('two accounts on one platform are two publishers', () => {
    const posts = [
      { url: 'https://x.com/a/status/1', kind: 'social' },
      { url: 'https://x.com/b/status/2', kind: 'social' },
    ];
    expect(countPublishers(posts)).toBe(2);
  });
});

describe('isSingleSource', () => {
  test('is true when one publisher stands behind every source, even on several subdomains', () => {
    expect(isSingleSource([openaiPost, openaiCard])).toBe(true);
    expect(isSingleSource([news])).toBe(true);
  });

  test('is false for two publishers, and for no sources at all', () => {
    expect(isSingleSource([openaiPost, metaProject])).toBe(false);
    expect(isSingleSource([])).toBe(false);
  });
});

describe('describeEvidence', () => {
  test('names each publisher once, counting social posts by account', () => {
    const post = (account: string) => ({ url: `https://x.com/${account}/status/1`, kind: 'social' });
    expect(describeEvidence([post('a'), post('b'), post('a')])).toBe('3 sources from 2 publishers: x.com/a, x.com/b');
  });

  test('says "one publisher" when a single publisher stands behind every source', () => {
    expect(describeEvidence([openaiPost])).toBe('1 source from one publisher: openai.com');
  });
});

describe('evidenceByQuestion', () => {
  const byId = new Map(Object.entries({ openaiPost, openaiCard, metaProject }));
  test('keeps citation order and flags a single publisher', () => {
    const evidence = evidenceByQuestion(
      [
        { id: 'only-openai', sources: ['openaiCard', 'openaiPost'] },
        { id: 'two-publishers', sources: ['metaProject', 'openaiPost', 'unknown'] },
      ],
      byId,
    );
    expect(evidence.get('only-openai')).toEqual({
      sources: [openaiCard, openaiPost],
      singleSource: true,
      summary: '2 sources from one publisher: openai.com',
    });
    expect(evidence.get('two-publishers')).toEqual({
      sources: [metaProject, openaiPost],
      singleSource: false,
      summary: '2 sources from 2 publishers: fb.com, openai.com',
    });
  });
});
