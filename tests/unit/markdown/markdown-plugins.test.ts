import { describe, expect, test } from 'vitest';
import { compileBriefing } from '../../support/compile-briefing.ts';

// What the plugins record (the outline) is checked here; what they render is checked by rendering
// real MDX through Astro in tests/components/markdown-plugins.test.ts.

const frontmatter = (extra = '') => `---
title: T
date: 2026-05-23
keyPoints:
  - "A key point [@b]."
sources:
  - id: a
    title: Source A
    url: https://a.example/story
  - id: b
    title: Source B
    url: https://b.example/
${extra}---
`;

describe('citation plugin', () => {
  test('numbers key points first, then the body in reading order', () => {
    const { outline } = compileBriefing(`${frontmatter()}
Lede [@a; @b].

## Why?

Again [@a].
`);
    expect(outline.citations).toEqual({
      order: ['b', 'a'],
      refs: { b: ['cite-b-1', 'cite-b-2'], a: ['cite-a-1', 'cite-a-2'] },
    });
    expect(outline.keyPoints).toEqual([
      [{ text: 'A key point ' }, { cite: [{ sourceId: 'b', number: 1, refId: 'cite-b-1' }] }, { text: '.' }],
    ]);
  });

  test('leaves markers in inline code, links and escapes as text', () => {
    const { outline } = compileBriefing(`${frontmatter()}
Cited [@a]. Code \`[@zzz]\`, link [see [@zzz]](https://x.example), escaped \\[@zzz].

## Why?

Yes [@b].
`);
    expect(outline.citations.order).toEqual(['b', 'a']);
  });

  test('numbers only known ids: the content check, run before any compile, reports the rest', () => {
    const { outline, error } = compileBriefing(`${frontmatter()}
Fine [@a] and a typo [@bb].
`);
    expect(error).toBeUndefined();
    expect(outline.citations.order).toEqual(['b', 'a']);
  });

  test('leaves markers inside an HTML link as text, as the content check does', () => {
    const { outline } = compileBriefing(`${frontmatter()}
Cited [@a], and <a href="https://x.example">see [@zzz]</a>.
`);
    expect(outline.citations.order).toEqual(['b', 'a']);
  });
});

describe('question plugin', () => {
  test('wraps questions in sections with stable ids and lists them in order', () => {
    const { outline } = compileBriefing(`${frontmatter()}
Lede [@a].

## Why did it travel? {#why-it-travelled}

Because [@b].

## Background

Plain section.

## Why did it travel?

Again [@a].
`);
    expect(outline.questions).toEqual([
      { id: 'why-it-travelled', text: 'Why did it travel?', sources: ['b'], firstSentence: 'Because.' },
      { id: 'why-did-it-travel', text: 'Why did it travel?', sources: ['a'], firstSentence: 'Again.' },
    ]);
  });

  test('records the answer’s first sentence as plain text, without citations or markup', () => {
    const { outline } = compileBriefing(`${frontmatter()}
## Who said it?

**Dr. Ng** said [it](https://x.example) first [@a; @b]. Then others did [@a].

## What came first?

- a list
- before the paragraph

The paragraph [@b]!
`);
    expect(outline.questions.map((question) => question.firstSentence)).toEqual([
      'Dr. Ng said it first.',
      'The paragraph!',
    ]);
  });

  test('gives duplicate questions distinct ids', () => {
    const { outline } = compileBriefing(`${frontmatter()}
## Why?

A [@a].

## Why?

B [@b].
`);
    expect(outline.questions.map((question) => question.id)).toEqual(['why', 'why-2']);
  });

  test('warns about a question with no citation', () => {
    const { warnings } = compileBriefing(`${frontmatter()}
Lede [@a] [@b].

## Is this sourced?

No.
`);
    expect(warnings).toEqual([
      expect.stringContaining('test.mdx:17:1  warning  Question "Is this sourced?" cites no source.'),
    ]);
  });

  test('records the sources each answer cites, once each, in the order it first cites them', () => {
    const { outline } = compileBriefing(`${frontmatter()}
Lede [@a].

## Who said it?

First [@b], then [@a; @b].

- Even in a list [@a].

## Anything else?

Only the second [@a].
`);
    expect(outline.questions.map((question) => question.sources)).toEqual([['b', 'a'], ['a']]);
  });

  test('keeps the build quiet about single-publisher answers, which the content check reports', () => {
    const { warnings } = compileBriefing(`${frontmatter(`  - id: c
    title: Source C
    url: https://cdn.a.example/paper.pdf
`)}
Lede [@b].

## Who confirms it?

A says so [@a], and so does its paper [@c].

## Is it confirmed twice?

Yes [@a; @b].
`);
    expect(warnings).toEqual([]);
  });
});
