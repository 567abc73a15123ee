import { describe, expect, test } from 'vitest';
import { briefingSchema } from '../../../src/lib/content/briefing-schema.ts';
import { explainSchemaIssues } from '../../../src/lib/content/schema-issues.ts';

/** What a writer is told about frontmatter `data`, field path by field path. */
function explain(data: Record<string, unknown>) {
  const parsed = briefingSchema.safeParse(data);
  return parsed.success ? [] : explainSchemaIssues(parsed.error.issues, data);
}

const sound = { title: 'T', date: '2026-01-05', keyPoints: ['A point.'] };

describe('explainSchemaIssues', () => {
  test('names a missing field with how to write it', () => {
    expect(explain({ date: '2026-01-05', keyPoints: ['A point.'] })).toEqual([
      { path: ['title'], message: 'Field "title" is missing.', hint: 'add it: title: "The headline"' },
    ]);
  });

  test('reads list entries as writers count them: the second source is "source 2"', () => {
    const sources = [
      { id: 'a', title: 'A', url: 'https://a.example/' },
      { id: 'b', title: 'B', url: 'https://b.example/', kind: 'blgo' },
    ];
    expect(explain({ ...sound, sources })).toEqual([
      {
        path: ['sources', 1, 'kind'],
        message: 'Field "kind" of source 2 is "blgo", which is not one of primary, reporting, analysis, official, social.',
        hint: 'use one of the values listed',
      },
    ]);
  });

  test('suggests the field a typo meant', () => {
    expect(explain({ ...sound, titel: 'T' })).toEqual([
      {
        path: ['titel'],
        message: 'Unknown field "titel".',
        hint: 'did you mean "title"? fields are listed in README.md under "Writing a briefing"',
      },
    ]);
  });
});
