import { describe, expect, test } from 'vitest';
import { checkMarkers, checkUncitedSources, uncitedQuestion } from '../../../src/lib/citations/citation-checks.ts';
import { parseCitations } from '../../../src/lib/citations/citations.ts';

const messages = (text: string, known: readonly string[] | null, place: 'text' | 'heading' = 'text') =>
  checkMarkers(parseCitations(text), known, place).map(({ start, message }) => [start, message]);

describe('checkMarkers', () => {
  test('reports malformed markers and unknown ids where their marker opens', () => {
    expect(messages('A [@a] B [@ a] C [@zz; @a]', ['a'])).toEqual([
      [9, 'Malformed citation marker "[@ a]".'],
      [17, 'Unknown source "zz".'],
    ]);
  });

  test('suggests the closest id', () => {
    const [problem] = checkMarkers(parseCitations('[@openai-2002]'), ['openai-2020', 'meta']);
    expect(problem?.hint).toBe(
      'did you mean "openai-2020"? cite an id listed under sources:, or add a source with id "openai-2002"',
    );
  });

  test('rejects a citation in a heading once, without judging its ids', () => {
    expect(messages('Why [@zz] and [@a]?', ['a'], 'heading')).toEqual([[4, 'Citation in a heading.']]);
  });

  test('judges no ids when the sources could not be read', () => {
    expect(messages('[@zz] and [@', null)).toEqual([[10, 'Citation marker is not closed.']]);
  });
});

describe('checkUncitedSources', () => {
  test('warns at the id of each source nothing cites', () => {
    expect(checkUncitedSources(['a', 'b', 'c'], new Set(['b']))).toEqual([
      expect.objectContaining({
        path: ['sources', 0, 'id'],
        severity: 'warning',
        message: 'Source "a" is never cited.',
      }),
      expect.objectContaining({
        path: ['sources', 2, 'id'],
        severity: 'warning',
        message: 'Source "c" is never cited.',
      }),
    ]);
  });
});

describe('uncitedQuestion', () => {
  test('is a warning naming the question', () => {
    expect(uncitedQuestion('Why?')).toMatchObject({ severity: 'warning', message: 'Question "Why?" cites no source.' });
  });
});
