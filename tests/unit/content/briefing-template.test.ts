import { describe, expect, test } from 'vitest';
import { newBriefing } from '../../../src/lib/content/briefing-template.ts';
import { checkBriefing } from '../../../src/lib/content/check-briefing.ts';

const today = new Date('2026-05-23T09:30:00Z');

describe('newBriefing', () => {
  test('files the briefing under the year and month, named from the headline', () => {
    const { path, slug } = newBriefing('Why did PyTorch win?', today);
    expect(slug).toBe('why-did-pytorch-win');
    expect(path).toBe('2026/05/why-did-pytorch-win.mdx');
  });

  test('dates it today, as a draft, with the headline quoted safely', () => {
    const { text } = newBriefing('He said: "ship it"', today);
    expect(text).toContain('title: "He said: \\"ship it\\""\n');
    expect(text).toContain('date: 2026-05-23\n');
    expect(text).toContain('draft: true\n');
  });

  test('passes the content check, with one warning: its one example source is a single source', () => {
    const { path, text } = newBriefing('Why did PyTorch win?', today);
    const findings = checkBriefing({ file: path, entryId: path.replace(/\.mdx$/, ''), text }, { topics: [], today });
    expect(findings.map(({ severity, message }) => `${severity}: ${message}`)).toEqual([
      'warning: Question "What is the first question a reader asks?" rests on a single source (example.com).',
    ]);
  });
});
