import { describe, expect, test } from 'vitest';
import { checkContent, readBriefings } from '../../../src/content-check/content-files.ts';

describe('readBriefings', () => {
  test('reads every briefing of a content folder, in path order, with its entry id', () => {
    expect(readBriefings('tests/fixtures/clean').map(({ file, entryId }) => ({ file, entryId }))).toEqual([
      { file: 'tests/fixtures/clean/briefings/2026/01/pytorch-foundation.mdx', entryId: '2026/01/pytorch-foundation' },
      { file: 'tests/fixtures/clean/briefings/2026/02/draft-briefing.mdx', entryId: '2026/02/draft-briefing' },
    ]);
  });
});

describe('checkContent', () => {
  test('checks every briefing of a content folder', () => {
    expect(checkContent('tests/fixtures/clean')).toEqual({
      briefings: 2,
      files: [
        'tests/fixtures/clean/briefings/2026/01/pytorch-foundation.mdx',
        'tests/fixtures/clean/briefings/2026/02/draft-briefing.mdx',
      ],
      diagnostics: [],
    });
    expect(checkContent('tests/fixtures/duplicate-permalink').diagnostics).toHaveLength(2);
  });
});
