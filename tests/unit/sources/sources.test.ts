import { describe, expect, test } from 'vitest';
import {
  checkSources,
  hostLabel,
  isHttpUrl,
  kindLabel,
  publisherName,
  registrableDomain,
} from '../../../src/lib/sources/sources.ts';

describe('isHttpUrl', () => {
  test.each([
    ['https://openai.com/index/openai-pytorch/', true],
    ['http://example.com', true],
    ['javascript:alert(1)', false],
    ['ftp://example.com/file', false],
    ['openai.com/index', false],
  ])('%s → %s', (url, expected) => expect(isHttpUrl(url)).toBe(expected));
});

describe('hostLabel and registrableDomain', () => {
  test('show the host without www, and group by registrable domain', () => {
    expect(hostLabel('https://www.anthropic.com/careers')).toBe('anthropic.com');
    expect(hostLabel('https://cdn.openai.com/a.pdf')).toBe('cdn.openai.com');
    expect(registrableDomain('https://cdn.openai.com/a.pdf')).toBe('openai.com');
    expect(registrableDomain('https://www.bbc.co.uk/news')).toBe('bbc.co.uk');
  });
});

describe('publisherName', () => {
  const table = { 'fb.com': 'Meta' };
  test('prefers the source, then the table, then the domain', () => {
    expect(publisherName({ url: 'https://engineering.fb.com/x', publisher: 'Meta Engineering' }, table)).toBe(
      'Meta Engineering',
    );
    expect(publisherName({ url: 'https://engineering.fb.com/x' }, table)).toBe('Meta');
    expect(publisherName({ url: 'https://pytorch.org/' }, table)).toBe('pytorch.org');
  });

  test.each(['constructor', '__proto__'])('names host %j by its domain, not by what objects inherit', (host) => {
    expect(publisherName({ url: `https://${host}/story` }, table)).toBe(host);
  });
});

describe('checkSources', () => {
  test('reports duplicate ids and non-http URLs with their frontmatter paths', () => {
    const problems = checkSources([
      { id: 'a', url: 'https://a.example' },
      { id: 'a', url: 'javascript:alert(1)' },
    ]);
    expect(problems).toEqual([
      {
        path: ['sources', 1, 'id'],
        message: 'Source id "a" is used twice.',
        hint: 'give each source its own id, or merge the two entries',
      },
      {
        path: ['sources', 1, 'url'],
        message: 'Source "a" has URL "javascript:alert(1)", which is not an http(s) link.',
        hint: 'use the full address starting with https://',
      },
    ]);
  });

  test('tells a mistyped web address from one that is not a web address at all', () => {
    expect(checkSources([{ id: 'a', url: 'https://open ai.com/' }])).toEqual([
      {
        path: ['sources', 0, 'url'],
        message: 'Source "a" has URL "https://open ai.com/", which is not a valid web address.',
        hint: "check it for spaces and typos, or copy it again from the browser's address bar",
      },
    ]);
  });

  test('checks an archived copy like the URL', () => {
    expect(checkSources([{ id: 'a', url: 'https://a.example', archived: 'archive.org/a' }])).toEqual([
      {
        path: ['sources', 0, 'archived'],
        message: 'Source "a" has archived copy "archive.org/a", which is not an http(s) link.',
        hint: 'use the full address starting with https://',
      },
    ]);
  });

  test('finds nothing wrong with distinct ids and https URLs', () => {
    expect(checkSources([{ id: 'a', url: 'https://a.example' }])).toEqual([]);
    expect(checkSources([{ id: 'a', url: 'https://a.example', archived: 'https://web.archive.org/a' }])).toEqual([]);
  });
});

describe('kindLabel', () => {
  test('names each kind of source in one word', () => {
    expect(kindLabel('primary')).toBe('Primary');
    expect(kindLabel('social')).toBe('Social');
  });
});
