import { describe, expect, test } from 'vitest';
import { checkBriefing, checkBriefings, createBriefingChecker, type CheckContext } from '../../../src/lib/content/check-briefing.ts';
import { formatDiagnostic } from '../../../src/lib/content/diagnostics.ts';

const context: CheckContext = { topics: ['pytorch', 'open-source'], today: new Date('2026-05-23') };

const frontmatter = (fields = '') => `---
title: "A headline"
date: 2026-05-01
keyPoints:
  - "A key point [@a]."
sources:
  - id: a
    title: "Source A"
    url: https://a.example/story
  - id: b
    title: "Source B"
    url: https://b.example/
${fields}---
`;
const BODY = '\nThe lede [@a].\n\n## Why does it matter?\n\nBecause [@a; @b].\n';

function check(text: string, entryId = '2026/05/a-headline'): string[] {
  return checkBriefing({ file: 'test.mdx', entryId, text }, context).map(formatDiagnostic);
}

describe('checkBriefing', () => {
  test('finds nothing wrong with a sound briefing', () => {
    expect(check(frontmatter() + BODY)).toEqual([]);
  });

  test('reports a file without frontmatter, and frontmatter that is never closed', () => {
    expect(check(BODY)).toMatchInlineSnapshot(`
      [
        "test.mdx:1:1  error  The briefing has no frontmatter.  (start the file with a line ---, the fields (title:, date:, keyPoints:, sources:), then another ---; \`npm run new\` writes a template)",
      ]
    `);
    expect(check('---\ntitle: x\n' + BODY)).toMatchInlineSnapshot(`
      [
        "test.mdx:1:1  error  The frontmatter is not closed.  (end the frontmatter with a line holding only ---, before the text starts)",
      ]
    `);
  });

  test('still checks the body when the YAML is broken, but does not judge source ids', () => {
    const text = frontmatter().replace('title: "A headline"', 'title: "A headline') + BODY + '\n<div>\n';
    expect(check(text)).toMatchInlineSnapshot(`
      [
        "test.mdx:2:19  error  The frontmatter is not valid YAML: Missing closing "quote.  (close the quote: text that opens with " must end with ")",
        "test.mdx:21:1  error  The <div> tag is not closed.  (add </div> where its content ends, or write <div /> if it has none; to show a literal "<", write \\<)",
      ]
    `);
  });

  test('explains schema problems in words, at the field', () => {
    const text =
      frontmatter('titel: "Typo"\ndraft: yes\n').replace(
        'url: https://a.example/story',
        'url: https://a.example/story\n    kind: blog',
      ) + BODY;
    expect(check(text)).toMatchInlineSnapshot(`
      [
        "test.mdx:10:11  error  Field "kind" of source 1 is "blog", which is not one of primary, reporting, analysis, official, social.  (use one of the values listed)",
        "test.mdx:14:8  error  Unknown field "titel".  (did you mean "title"? fields are listed in README.md under "Writing a briefing")",
        "test.mdx:15:8  error  Field "draft" should be true or false, not the text "yes".  (write true or false, without quotes)",
      ]
    `);
  });

  test('reports too many key points and a list written as text', () => {
    const points = Array.from({ length: 6 }, (_, n) => `  - "Point ${n} [@a]."`).join('\n');
    const text = frontmatter('topics: pytorch\n').replace('  - "A key point [@a]."', points) + BODY;
    expect(check(text)).toMatchInlineSnapshot(`
      [
        "test.mdx:5:3  error  Field "keyPoints" has 6 entries; at most 5 are allowed.  (remove 1: keep the strongest, and make the rest part of the text)",
        "test.mdx:18:9  error  Field "topics" should be a list, not the text "pytorch".  (write the entries as [first, second], or one per line starting with "  - ")",
      ]
    `);
  });

  test('warns about dates in the future', () => {
    expect(check(frontmatter('updated: 2027-01-01\n') + BODY)).toMatchInlineSnapshot(`
      [
        "test.mdx:13:10  warning  Updated day 2027-01-01 is in the future.  (check the year; the site shows the day as written, and lists the briefing first until then)",
      ]
    `);
  });

  test('warns about sources nothing cites, and questions whose answer cites nothing', () => {
    const text =
      frontmatter('  - id: c\n    title: "Source C"\n    url: https://c.example/\n') +
      '\nThe lede [@a].\n\n## Is it cited?\n\nNo.\n';
    expect(check(text)).toMatchInlineSnapshot(`
      [
        "test.mdx:10:9  warning  Source "b" is never cited.  (cite it with [@b] after the claim it supports, or remove it)",
        "test.mdx:13:9  warning  Source "c" is never cited.  (cite it with [@c] after the claim it supports, or remove it)",
        "test.mdx:20:1  warning  Question "Is it cited?" cites no source.  (add [@source-id] after the claims in its answer)",
      ]
    `);
  });

  test('warns about a heading that reads like a question but lacks its "?", and rejects empty sections', () => {
    const text =
      frontmatter() + BODY + '\n## Why did it travel\n\nText [@a].\n\n## Background\n\n## Is anything left?\n';
    expect(check(text)).toMatchInlineSnapshot(`
      [
        "test.mdx:21:1  warning  Heading "Why did it travel" reads like a question but does not end in "?".  (add "?" to make it a question section, listed under "In this briefing", or reword it)",
        "test.mdx:25:1  error  Section "Background" is empty.  (write its text, or remove the heading)",
        "test.mdx:27:1  error  Question "Is anything left?" has no answer.  (write the answer under the question, or remove it)",
      ]
    `);
  });

  test('warns about a briefing that asks no questions', () => {
    expect(check(frontmatter() + '\nThe lede [@a; @b].\n')).toMatchInlineSnapshot(`
      [
        "test.mdx:14:1  warning  The briefing asks no questions.  (give each question a ## heading that ends in "?")",
      ]
    `);
  });

  test('rejects citations in headings and unsafe links in the body', () => {
    const text =
      frontmatter() +
      BODY +
      '\n## Why [@a]?\n\nSee [this](javascript:alert(1)) [@a; @b] and <a href="data:text/html,x">that</a>.\n';
    expect(check(text)).toMatchInlineSnapshot(`
      [
        "test.mdx:21:8  error  Citation in a heading.  (move the citation into the answer, after the claim it supports)",
        "test.mdx:23:5  error  Link "javascript:alert(1)" uses "javascript:", which a briefing may not link to.  (link to an https:// address, a mailto: address, or a page of this site)",
        "test.mdx:23:49  error  Link "data:text/html,x" uses "data:", which a briefing may not link to.  (link to an https:// address, a mailto: address, or a page of this site)",
      ]
    `);
  });

  test('rejects a file name that cannot be a permalink unless slug: is set', () => {
    expect(check(frontmatter() + BODY, '2026/05/My Story')).toMatchInlineSnapshot(`
      [
        "test.mdx:1:1  error  The file name "My Story" cannot be part of a permalink.  (rename the file to lowercase words joined by hyphens (my-story.mdx), or set slug: my-story)",
      ]
    `);
    expect(check(frontmatter('slug: my-story\n') + BODY, '2026/05/My Story')).toEqual([]);
  });

  test('checks citations in key points, with a did-you-mean', () => {
    expect(check(frontmatter().replace('[@a].', '[@aa].') + BODY)).toMatchInlineSnapshot(`
      [
        "test.mdx:5:5  error  Unknown source "aa".  (did you mean "a"? cite an id listed under sources:, or add a source with id "aa")",
      ]
    `);
  });
});

describe('checkBriefings', () => {
  test('reports two briefings with one permalink at each, naming the other', () => {
    const one = { file: 'one.mdx', entryId: '2026/05/story', text: frontmatter() + BODY };
    const two = { file: 'two.mdx', entryId: '2026/05/other', text: frontmatter('slug: story\n') + BODY };
    expect(checkBriefings([one, two], context).map(formatDiagnostic)).toMatchInlineSnapshot(`
      [
        "one.mdx:3:7  error  Permalink /briefings/2026/05/01/story/ is also the permalink of two.mdx.  (give one of the briefings its own slug: slug: a-different-name)",
        "two.mdx:13:7  error  Permalink /briefings/2026/05/01/story/ is also the permalink of one.mdx.  (give one of the briefings its own slug: slug: a-different-name)",
      ]
    `);
  });

  test('lets two briefings share a slug on different days', () => {
    const one = { file: 'one.mdx', entryId: '2026/05/story', text: frontmatter() + BODY };
    const two = {
      file: 'two.mdx',
      entryId: '2026/05/story-2',
      text: frontmatter('slug: story\n').replace('2026-05-01', '2026-05-02') + BODY,
    };
    expect(checkBriefings([one, two], context)).toEqual([]);
  });
});

describe('createBriefingChecker', () => {
  test('sees each edit, and a clash with a file it checked before', () => {
    const check = createBriefingChecker();
    const one = { file: 'one.mdx', entryId: '2026/05/story', text: frontmatter() + BODY };
    const two = { file: 'two.mdx', entryId: '2026/05/other', text: frontmatter() + BODY };
    expect(check([one, two], context)).toEqual([]);
    const clashing = { ...two, text: frontmatter('slug: story\n') + BODY };
    expect(check([one, clashing], context).map((finding) => finding.file)).toEqual(['one.mdx', 'two.mdx']);
    expect(check([one, two], context)).toEqual([]);
  });
});
