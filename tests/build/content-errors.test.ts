import { expect, test } from 'vitest';
import { runCheck } from '../support/check-content.ts';
import { describeFailingFixtures, fixtureDir, type FailingFixture } from '../support/failing-fixtures.ts';

/** One fixture per way a briefing can be wrong, with every error it must produce. */
const CASES: FailingFixture[] = [
  {
    fixture: 'malformed-yaml',
    findings: [
      '2026/01/colon-in-title.mdx:2:8  error  The frontmatter is not valid YAML: Nested mappings are not allowed in compact mappings.',
    ],
  },
  { fixture: 'missing-title', findings: ['2026/01/no-title.mdx:2:1  error  Field "title" is missing.'] },
  {
    fixture: 'bad-date',
    findings: [
      '2026/01/no-such-day.mdx:4:7  error  Field "date" is "2026-02-30", which is not a real day written YYYY-MM-DD.',
    ],
  },
  {
    fixture: 'updated-before-date',
    findings: [
      '2026/01/updated-too-early.mdx:5:10  error  Updated day 2026-01-10 is before the publication date 2026-01-15.',
    ],
  },
  {
    fixture: 'unknown-source',
    findings: ['2026/01/typo.mdx:16:45  error  Unknown source "openai-pytorch-2002".'],
  },
  {
    fixture: 'duplicate-source-id',
    findings: ['2026/01/same-id-twice.mdx:15:9  error  Source id "pytorch-foundation" is used twice.'],
  },
  {
    fixture: 'javascript-url',
    findings: [
      '2026/01/script-url.mdx:11:10  error  Source "pytorch-foundation" has URL "javascript:alert(1)", which is not an http(s) link.',
    ],
  },
  {
    fixture: 'malformed-marker',
    findings: [
      '2026/01/broken-markers.mdx:27:34  error  Citation marker is not closed.',
      '2026/01/broken-markers.mdx:29:27  error  Malformed citation marker "[@ pytorch-foundation]".',
      '2026/01/broken-markers.mdx:31:31  error  Citation marker is not closed.',
    ],
  },
  { fixture: 'empty-body', findings: ['2026/01/nothing-yet.mdx:20:1  error  The briefing has no text.'] },
  { fixture: 'unclosed-jsx', findings: ['2026/01/open-tag.mdx:23:1  error  The <aside> tag is not closed.'] },
  {
    fixture: 'duplicate-permalink',
    findings: [
      '2026/01/another-take.mdx:5:7  error  Permalink /briefings/2026/01/15/pytorch-foundation/ is also the permalink of tests/fixtures/duplicate-permalink/briefings/2026/01/pytorch-foundation.mdx.',
      '2026/01/pytorch-foundation.mdx:4:7  error  Permalink /briefings/2026/01/15/pytorch-foundation/ is also the permalink of tests/fixtures/duplicate-permalink/briefings/2026/01/another-take.mdx.',
    ],
  },
  { fixture: 'unknown-topic', findings: ['2026/01/typo.mdx:4:19  error  Unknown topic "tensorflw".'] },
  {
    fixture: 'unsafe-html',
    findings: [
      '2026/01/inline-script.mdx:27:1  error  The element <script> cannot be used in a briefing.',
      '2026/01/inline-script.mdx:29:4  error  The attribute "onClick" on <p> cannot be used in a briefing.',
    ],
  },
  {
    fixture: 'correction-before-date',
    findings: [
      "2026/05/early-correction.mdx:5:11  error  Correction dated 2025-05-22 is before the briefing's date 2026-05-20; give the day the correction was made.",
    ],
  },
  {
    fixture: 'not-utf8',
    findings: ['2026/01/latin-1.mdx:25:4  error  The file has bytes here that are not UTF-8 text.'],
  },
  {
    fixture: 'deep-nesting',
    findings: ['2026/01/nested-quotes.mdx:25:201  error  The text is nested more than 100 levels deep here.'],
  },
  {
    fixture: 'suggest-transposition',
    findings: ['2026/01/swapped-digits.mdx:28:34  error  Unknown source "pep-797".'],
  },
  {
    fixture: 'suggest-invisible',
    findings: ['2026/01/zero-width.mdx:25:37  error  Malformed citation marker "[@linux\\u200b-foundation]".'],
  },
];

describeFailingFixtures(CASES, 300_000);

test('the did-you-mean names the source id the writer most likely meant', () => {
  expect(runCheck(fixtureDir('unknown-source')).stdout).toContain('(did you mean "openai-pytorch-2020"?');
});

test('the did-you-mean names the topic the writer most likely meant', () => {
  expect(runCheck(fixtureDir('unknown-topic')).stdout).toContain('(did you mean "tensorflow"?');
});

test('the did-you-mean counts two swapped characters as one slip', () => {
  expect(runCheck(fixtureDir('suggest-transposition')).stdout).toContain('(did you mean "pep-779"?');
});
