import { describe, expect, test } from 'vitest';
import { attachCitations, groupChips } from '../../../src/lib/citations/citation-runs.ts';

describe('attachCitations', () => {
  test('glues a chip to the word before it and the full stop after it', () => {
    expect(attachCitations([{ text: 'OpenAI said so ' }, { cite: ['a'] }, { text: '. Then more.' }])).toEqual([
      { text: 'OpenAI said ' },
      { run: { lead: 'so ', cite: ['a'], trail: '.' } },
      { text: ' Then more.' },
    ]);
  });

  test('merges chips separated only by spaces into one run', () => {
    expect(
      attachCitations([{ text: 'Both agree ' }, { cite: ['a'] }, { text: ' ' }, { cite: ['b'] }, { text: '.' }]),
    ).toEqual([{ text: 'Both ' }, { run: { lead: 'agree ', cite: ['a', 'b'], trail: '.' } }]);
  });

  test('gives punctuation between two runs to the first and the last word to the second', () => {
    expect(attachCitations([{ text: 'One ' }, { cite: ['a'] }, { text: ', two ' }, { cite: ['b'] }])).toEqual([
      { run: { lead: 'One ', cite: ['a'], trail: ',' } },
      { text: ' ' },
      { run: { lead: 'two ', cite: ['b'], trail: '' } },
    ]);
  });

  test('keeps a lone space before a chip that follows other markup', () => {
    expect(attachCitations([{ text: ' ' }, { cite: ['a'] }, { text: ').' }])).toEqual([
      { run: { lead: ' ', cite: ['a'], trail: ').' } },
    ]);
  });

  test('leaves text without citations alone', () => {
    expect(attachCitations([{ text: 'No sources here.' }])).toEqual([{ text: 'No sources here.' }]);
  });
});

describe('groupChips', () => {
  const host = (ref: string) => ref.split(':')[0] ?? '';

  test('shows neighbours from one host as one chip', () => {
    expect(groupChips(['soumith.ch:3', 'soumith.ch:5'], host)).toEqual([
      { host: 'soumith.ch', refs: ['soumith.ch:3', 'soumith.ch:5'] },
    ]);
  });

  test('keeps hosts apart when another host comes between them', () => {
    expect(groupChips(['a.com:1', 'b.org:2', 'a.com:3'], host).map((group) => group.host)).toEqual([
      'a.com',
      'b.org',
      'a.com',
    ]);
  });
});
