import { describe, expect, test } from 'vitest';
import { bylineOf, checkAuthors, listAuthors } from '../../../src/lib/content/authors.ts';

const table = {
  default: 'newsroom',
  authors: {
    newsroom: { name: 'The newsroom', kind: 'organization', bio: 'Writes every briefing.' },
    'a-writer': { name: 'A. Writer', kind: 'person', bio: 'Writes some.' },
  },
};
const authors = listAuthors(table);

describe('listAuthors', () => {
  test('lists the table’s authors in order, each a person or an organization', () => {
    expect(authors.map(({ slug, kind }) => [slug, kind])).toEqual([
      ['newsroom', 'organization'],
      ['a-writer', 'person'],
    ]);
  });

  test('refuses a table whose default author is not listed', () => {
    expect(() => listAuthors({ ...table, default: 'nobody' })).toThrowErrorMatchingInlineSnapshot(
      `[Error: content/authors.json: the default author "nobody" is not listed under "authors".]`,
    );
  });
});

describe('bylineOf', () => {
  test('names the briefing’s authors in the order it gives them', () => {
    expect(bylineOf(['a-writer', 'newsroom'], authors, 'newsroom').map(({ slug }) => slug)).toEqual([
      'a-writer',
      'newsroom',
    ]);
  });

  test('falls back to the default author when a briefing names nobody', () => {
    expect(bylineOf([], authors, 'newsroom').map(({ name }) => name)).toEqual(['The newsroom']);
  });
});

describe('checkAuthors', () => {
  test('locates an unknown author with a did-you-mean', () => {
    expect(checkAuthors(['newsroom', 'newsrom'], ['newsroom'])).toMatchInlineSnapshot(`
      [
        {
          "hint": "did you mean "newsroom"? use an author listed in content/authors.json, or add "newsrom" there with a name, a kind and a bio",
          "message": "Unknown author "newsrom".",
          "path": [
            "authors",
            1,
          ],
        },
      ]
    `);
  });
});
