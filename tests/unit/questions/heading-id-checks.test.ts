import { describe, expect, test } from 'vitest';
import { checkHeadingIds } from '../../../src/lib/questions/heading-id-checks.ts';

const messages = (...ids: string[]) =>
  checkHeadingIds(ids.map((id, offset) => ({ id, offset }))).map(({ offset, message, hint }) => ({
    offset,
    message,
    hint,
  }));

describe('checkHeadingIds', () => {
  test('accepts lowercase words joined by hyphens, each once', () => {
    expect(messages('why-it-matters', 'what-next-2')).toEqual([]);
  });

  test.each(['Why', '../../../../evil', 'a"b?c', 'why--now', 'src\u200b-a'])('refuses %j with the id to use', (id) => {
    expect(messages(id)[0]?.message).toBe(`Heading id "${id}" is not lowercase words joined by hyphens.`);
  });

  test('suggests the id the text would give', () => {
    expect(messages('Why It')[0]?.hint).toBe('write {#why-it}: the id is part of the links readers share');
  });

  test.each(['main', 'sources-heading', 'source-openai', 'cite-a-1'])('refuses the layout’s own id %j', (id) => {
    expect(messages(id)[0]?.message).toBe(`Heading id "${id}" is one the page layout uses.`);
  });

  test('refuses an id given twice, at the second', () => {
    expect(messages('why', 'why')).toEqual([
      {
        offset: 1,
        message: 'Heading id "why" is given to two headings.',
        hint: 'give each heading its own id, or remove this one',
      },
    ]);
  });
});
