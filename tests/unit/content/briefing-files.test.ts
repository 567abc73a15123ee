import { describe, expect, test } from 'vitest';
import { briefingEntryId } from '../../../src/lib/content/briefing-files.ts';

describe('briefingEntryId', () => {
  test('is the path under content/briefings/ without .mdx, whatever the slug', () => {
    expect(briefingEntryId('2026/05/my-story.mdx')).toBe('2026/05/my-story');
    expect(briefingEntryId('2026\\05\\my-story.mdx')).toBe('2026/05/my-story');
  });
});
