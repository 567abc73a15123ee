import { describe, expect, test } from 'vitest';
import { compileBriefing } from '../../support/compile-briefing.ts';

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
    const { outline, code } = compileBriefing(`${frontmatter()}
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
    expect(code).toContain('"cite-a-1"');
  });

  test('leaves markers in inline code, links and escapes as text', () => {
    const { code, outline } = compileBriefing(`${frontmatter()}
Cited [@a]. Code \`[@zzz]\`, link [see [@zzz]](https://x.example), escaped \\[@zzz].

## Why?

Yes [@b].
`);
    expect(outline.citations.order).toEqual(['b', 'a']);
    expect(code).toContain('[@zzz]');
  });

  test('reports an unknown id at its line and column with a did-you-mean', () => {
    const { error } = compileBriefing(`${frontmatter()}
Fine [@a].

## Why?

Typo here [@bb] and [@nothing-like-it].
`);
    expect(error).toBe(
      [
        'Briefing has 2 problems:',
        'test.mdx:19:11  error  Unknown source "bb".  (did you mean "b"? cite an id listed under sources:, or add a source with id "bb")',
        'test.mdx:19:21  error  Unknown source "nothing-like-it".  (cite an id listed under sources:, or add a source with id "nothing-like-it")',
      ].join('\n'),
    );
  });

  test('reports malformed markers where they open', () => {
    const { error } = compileBriefing(`${frontmatter()}
Lede [@a] and [@ b] and [@b

## Why?

Yes [@b].
`);
    expect(error).toContain('test.mdx:15:15  error  Malformed citation marker "[@ b]".');
    expect(error).toContain('test.mdx:15:25  error  Citation marker is not closed.');
  });

  test('reports duplicate ids and non-http URLs at their frontmatter lines', () => {
    const { error } = compileBriefing(`${frontmatter(`  - id: a
    title: Again
    url: javascript:alert(1)
`)}
Lede [@a] [@b].

## Why?

Yes [@b].
`);
    expect(error).toContain('test.mdx:13:9  error  Source id "a" is used twice.');
    expect(error).toContain(
      'test.mdx:15:10  error  Source "a" has URL "javascript:alert(1)", which is not an http(s) link.',
    );
  });

  test('reports an archived copy that is not an http(s) link at its frontmatter line', () => {
    const { error } = compileBriefing(`${frontmatter(`    archived: web.archive.org/b
`)}
Lede [@a] [@b].
`);
    expect(error).toContain(
      'test.mdx:13:15  error  Source "b" has archived copy "web.archive.org/b", which is not an http(s) link.',
    );
  });

  test('reports an unknown id in a key point at that key point', () => {
    const { error } = compileBriefing(frontmatter().replace('[@b]', '[@c]') + '\nLede [@a] [@b].\n');
    expect(error).toContain('test.mdx:5:5  error  Unknown source "c".');
  });

  test('warns about a source that is never cited', () => {
    const { warnings } = compileBriefing(`${frontmatter()}
Only b [@b].
`);
    expect(warnings).toEqual([
      expect.stringMatching(/test\.mdx:7:9 {2}warning {2}Source "a" is never cited\. {2}\(cite it with \[@a\]/),
    ]);
  });
});

describe('topic plugin', () => {
  test('reports an unknown topic at its frontmatter line, with a did-you-mean', () => {
    const { error } = compileBriefing(`${frontmatter('topics: [pytorch, tensorflw]\n')}
Lede [@a] [@b].
`);
    expect(error).toBe(
      [
        'Briefing has 1 problem:',
        'test.mdx:13:19  error  Unknown topic "tensorflw".  (did you mean "tensorflow"? use a topic listed in content/topics.json, or add "tensorflw" there with a name and a description)',
      ].join('\n'),
    );
  });

  test('accepts topics listed in content/topics.json', () => {
    const { error } = compileBriefing(`${frontmatter('topics: [pytorch, open-source]\n')}
Lede [@a] [@b].
`);
    expect(error).toBeUndefined();
  });
});

describe('question plugin', () => {
  test('wraps questions in sections with stable ids and lists them in order', () => {
    const { code, outline } = compileBriefing(`${frontmatter()}
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
    expect(code).toContain('"data-question": "why-it-travelled"');
    expect(code).toContain('"aria-labelledby": "why-did-it-travel"');
    expect(code).not.toContain('"data-question": "background"');
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

  test('puts a share control beside each question’s anchor link', () => {
    const { code } = compileBriefing(`${frontmatter()}
## Why did it travel?

Because [@a] [@b].
`);
    expect(code).toMatch(/QuestionShare,\s*\{\s*question: "why-did-it-travel",\s*text: "Why did it travel\?"/);
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
    const { outline, code } = compileBriefing(`${frontmatter()}
Lede [@a].

## Who said it?

First [@b], then [@a; @b].

- Even in a list [@a].

## Anything else?

Only the second [@a].
`);
    expect(outline.questions.map((question) => question.sources)).toEqual([['b', 'a'], ['a']]);
    expect(code).toContain('Evidence');
    expect(code).toContain('question: "who-said-it"');
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

  test('keeps GFM footnotes working beside citations', () => {
    const { code } = compileBriefing(`${frontmatter()}
Lede [@a] with a note[^1] [@b].

[^1]: An explanatory note.
`);
    expect(code).toContain('An explanatory note.');
    expect(code).toContain('data-footnote-ref');
  });
});
