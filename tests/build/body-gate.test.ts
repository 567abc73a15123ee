import { expect, test } from 'vitest';
import { runCheck } from '../support/check-content.ts';
import { describeFailingFixtures, fixtureDir, type FailingFixture } from '../support/failing-fixtures.ts';

/**
 * What a briefing may contain: one fixture per construct the body gate refuses (code,
 * elements and attributes outside the allowlist, unsafe URLs, captured citations), per
 * heading id that could collide or break a shared link, and per year below the floor. The
 * check and the build must name the same problems at the same lines and columns.
 */
const CASES: FailingFixture[] = [
  {
    fixture: 'date-two-digit-year',
    findings: ['2026/01/short-year.mdx:4:7  error  Date 0026-01-15 is before the year 1000.'],
  },
  {
    fixture: 'date-year-zero',
    findings: ['2026/01/year-zero.mdx:4:7  error  Date 0000-01-01 is before the year 1000.'],
  },
  {
    fixture: 'gate-base-href',
    findings: ['2026/01/base.mdx:25:1  error  The element <base> cannot be used in a briefing.'],
  },
  {
    fixture: 'gate-brace-in-prose',
    findings: ['2026/01/braces.mdx:25:24  error  The expression "{word}" cannot be used in a briefing.'],
  },
  {
    fixture: 'gate-citation-definition',
    findings: [
      '2026/01/captured-citation.mdx:27:1  error  The link definition "[@linux-foundation]:" would turn the citation [@linux-foundation] into a link.',
    ],
  },
  {
    fixture: 'gate-entity-scheme',
    findings: [
      '2026/01/entity.mdx:25:9  error  Link "javascript:alert(1)" uses "javascript:", which a briefing may not link to.',
    ],
  },
  {
    fixture: 'gate-env-expression',
    findings: [
      '2026/01/leaks-env.mdx:25:1  error  The expression "{process.env.SOME_SECRET}" cannot be used in a briefing.',
    ],
  },
  {
    fixture: 'gate-export',
    findings: [
      '2026/01/exported-secret.mdx:25:1  error  A briefing cannot export code: "export const secret = process.env.HOME".',
    ],
  },
  {
    fixture: 'gate-expression-href',
    findings: [
      '2026/01/expression-href.mdx:25:9  error  The attribute "href" on <a> is an expression, which a briefing cannot use.',
    ],
  },
  {
    fixture: 'gate-form',
    findings: [
      '2026/01/form.mdx:25:1  error  The element <form> cannot be used in a briefing.',
      '2026/01/form.mdx:26:3  error  The element <button> cannot be used in a briefing.',
    ],
  },
  {
    fixture: 'gate-heading-handler',
    findings: [
      '2026/01/heading-handler.mdx:25:21  error  The heading attribute "onclick" cannot be used in a briefing.',
      '2026/01/heading-handler.mdx:25:38  error  The heading attribute "style" cannot be used in a briefing.',
    ],
  },
  {
    fixture: 'gate-iframe',
    findings: ['2026/01/frame.mdx:25:1  error  The element <iframe> cannot be used in a briefing.'],
  },
  {
    fixture: 'gate-import-fs',
    findings: [
      '2026/01/read-the-disk.mdx:25:1  error  A briefing cannot import code: "import { readFileSync } from \'node:fs\'".',
      "2026/01/read-the-disk.mdx:27:13  error  The expression \"{readFileSync('/etc/hostname', 'utf8')}\" cannot be used in a briefing.",
    ],
  },
  {
    fixture: 'gate-link-stylesheet',
    findings: ['2026/01/stylesheet.mdx:25:1  error  The element <link> cannot be used in a briefing.'],
  },
  {
    fixture: 'gate-markdown-link',
    findings: [
      '2026/01/markdown-link.mdx:25:6  error  Link "javascript:alert(1)" uses "javascript:", which a briefing may not link to.',
    ],
  },
  {
    fixture: 'gate-meta-refresh',
    findings: ['2026/01/redirect.mdx:25:1  error  The element <meta> cannot be used in a briefing.'],
  },
  {
    fixture: 'gate-object',
    findings: ['2026/01/object.mdx:25:1  error  The element <object> cannot be used in a briefing.'],
  },
  {
    fixture: 'gate-remote-image',
    findings: [
      '2026/01/tracking-pixel.mdx:25:1  error  Image "https://evil.example/pixel.png" is not a file of this site.',
    ],
  },
  {
    fixture: 'gate-set-html',
    findings: ["2026/01/set-html.mdx:25:1  error  Component <Fragment> is not part of the writers' kit."],
  },
  {
    fixture: 'gate-set-text',
    findings: ['2026/01/set-text.mdx:25:9  error  The attribute "set:text" on <span> cannot be used in a briefing.'],
  },
  {
    fixture: 'gate-site-component',
    findings: ['2026/01/hand-written-chip.mdx:25:15  error  <Cite> is placed by the site, not written in a briefing.'],
  },
  {
    fixture: 'gate-spread',
    findings: [
      '2026/01/spread.mdx:25:9  error  The spread "{...{onerror: "alert(1)"}}" on <img> cannot be used in a briefing.',
    ],
  },
  {
    fixture: 'gate-style-attribute',
    findings: ['2026/01/styled.mdx:25:9  error  The attribute "style" on <span> cannot be used in a briefing.'],
  },
  {
    fixture: 'gate-style-element',
    findings: ['2026/01/style.mdx:25:1  error  The element <style> cannot be used in a briefing.'],
  },
  {
    fixture: 'gate-svg',
    findings: [
      '2026/01/svg.mdx:25:1  error  The element <svg> cannot be used in a briefing.',
      '2026/01/svg.mdx:25:9  error  Link "javascript:alert(1)" uses "javascript:", which a briefing may not link to.',
    ],
  },
  {
    fixture: 'gate-unknown-component',
    findings: ["2026/01/chart.mdx:25:1  error  Component <Chart> is not part of the writers' kit."],
  },
  {
    fixture: 'gate-uppercase-href',
    findings: ['2026/01/uppercase.mdx:25:9  error  The attribute "HREF" on <a> cannot be used in a briefing.'],
  },
  {
    fixture: 'id-layout',
    findings: ['2026/01/layout-id.mdx:25:16  error  Heading id "main" is one the page layout uses.'],
  },
  {
    fixture: 'id-not-a-slug',
    findings: [
      '2026/01/uppercase-id.mdx:25:19  error  Heading id "What-Changed" is not lowercase words joined by hyphens.',
    ],
  },
  {
    fixture: 'id-path',
    findings: [
      '2026/01/path-id.mdx:25:20  error  Heading id "../../../../evil" is not lowercase words joined by hyphens.',
    ],
  },
  {
    fixture: 'id-space',
    findings: [
      '2026/01/spaced-id.mdx:25:21  error  Heading id "Why" is not lowercase words joined by hyphens.',
      '2026/01/spaced-id.mdx:25:26  error  The heading attribute "It" cannot be used in a briefing.',
    ],
  },
  {
    fixture: 'id-twice',
    findings: ['2026/01/same-id.mdx:29:15  error  Heading id "who" is given to two headings.'],
  },
];

describeFailingFixtures(CASES, 600_000);

test('an expression error tells the writer how to write a literal brace', () => {
  expect(runCheck(fixtureDir('gate-brace-in-prose')).stdout).toContain('to write a literal "{", write \\{');
});

test('a heading id that is not a slug comes with the id to use', () => {
  expect(runCheck(fixtureDir('id-not-a-slug')).stdout).toContain('(write {#what-changed}');
});
