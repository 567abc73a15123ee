import { join, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { resolveCheckTarget } from '../../../src/content-check/check-targets.ts';

const CLEAN = 'tests/fixtures/clean';

describe('resolveCheckTarget', () => {
  test('reads a content folder as all its briefings', () => {
    expect(resolveCheckTarget(CLEAN)).toEqual({ contentDir: CLEAN, within: join(CLEAN, 'briefings') + sep });
  });

  test('reads a briefing file as that file, in its content folder', () => {
    const file = join(CLEAN, 'briefings/2026/01/pytorch-foundation.mdx');
    expect(resolveCheckTarget(file)).toEqual({ contentDir: CLEAN, within: file });
  });

  test('reads an absolute folder under briefings/ as the briefings in it', () => {
    const folder = join(process.cwd(), CLEAN, 'briefings/2026');
    expect(resolveCheckTarget(folder)).toEqual({ contentDir: CLEAN, within: join(CLEAN, 'briefings/2026') + sep });
  });

  test('refuses a file that is not a briefing, and a path that is not there', () => {
    expect(resolveCheckTarget('package.json')).toEqual({
      problem:
        'package.json is not a briefing: a briefing is an .mdx file under a briefings/ folder (content/briefings/2026/05/my-story.mdx).',
    });
    expect(resolveCheckTarget('content/briefings/2026/12/my-file.mdx')).toEqual({
      problem: 'There is no file or folder at content/briefings/2026/12/my-file.mdx.',
    });
  });
});
