import { describe, expect, test } from 'vitest';
import { checkBody } from '../../../src/lib/content/body-checks.ts';

const source = (id: string, url = `https://${id}.example/`) => ({ id, url });
const messages = (body: string) =>
  checkBody(body, [source('a'), source('b')], 0).findings.map((finding) => finding.message);

describe('checkBody', () => {
  test('collects the sources the body cites, outside links and code', () => {
    const body = 'Lede [@a] [see [@b]](https://x.example) `[@c]`.\n\n## Why?\n\nYes [@a; @d].\n';
    const { findings, cited } = checkBody(
      body,
      ['a', 'b', 'c', 'd'].map((id) => source(id)),
      0,
    );
    expect(findings).toEqual([]);
    expect([...(cited ?? [])]).toEqual(['a', 'd']);
  });

  test('allows ordinary HTML, https, mailto and relative links', () => {
    const body =
      'Lede [@a] <details open><summary>More</summary>Text</details>\n\n' +
      '[mail](mailto:desk@example.com) [page](/archive/) [web](https://example.com)\n\n## Why?\n\nYes [@a; @b].\n';
    expect(messages(body)).toEqual([]);
  });

  test('rejects what the CSP would block: scripts, event handlers, javascript: links', () => {
    const body =
      'Lede [@a].\n\n## Why?\n\n<span onclick="go()">Go</span> [x](JavaScript:go()) [@a; @b]\n\n<script src="/x.js"></script>\n';
    expect(messages(body)).toEqual([
      'The attribute "onclick" on <span> cannot be used in a briefing.',
      'Link "JavaScript:go()" uses "javascript:", which a briefing may not link to.',
      'The element <script> cannot be used in a briefing.',
    ]);
  });

  test('turns MDX syntax errors into one finding at their line', () => {
    const { findings, cited } = checkBody('Lede.\n\nA {broken expression\n', [source('a')], 0);
    expect(cited).toBeUndefined();
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ offset: 9, severity: 'error' });
    expect(findings[0]?.message).toMatch(/^The text cannot be read as MDX: /);
  });

  test('warns about an answer whose sources all come from one publisher, and not about independent ones', () => {
    const sources = [source('a', 'https://www.a.example/1'), source('b', 'https://cdn.a.example/2'), source('c')];
    const single = checkBody('Lede [@c].\n\n## Who says so?\n\nA [@a] and [@b].\n', sources, 0).findings;
    expect(single.map((finding) => finding.message)).toEqual([
      'Question "Who says so?" rests on a single source (a.example).',
    ]);
    expect(checkBody('Lede.\n\n## Who says so?\n\nA [@a] and [@c].\n', sources, 0).findings).toEqual([]);
  });
});
