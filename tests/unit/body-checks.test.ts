import { describe, expect, test } from 'vitest';
import { checkBody } from '../../src/lib/body-checks';

const messages = (body: string) => checkBody(body, ['a'], 0).findings.map((finding) => finding.message);

describe('checkBody', () => {
  test('collects the sources the body cites, outside links and code', () => {
    const body = 'Lede [@a] [see [@b]](https://x.example) `[@c]`.\n\n## Why?\n\nYes [@a].\n';
    const { findings, cited } = checkBody(body, ['a', 'b', 'c'], 0);
    expect(findings).toEqual([]);
    expect([...cited]).toEqual(['a']);
  });

  test('allows ordinary HTML, https, mailto and relative links', () => {
    const body =
      'Lede [@a] <details open><summary>More</summary>Text</details>\n\n' +
      '[mail](mailto:desk@example.com) [page](/archive/) [web](https://example.com)\n\n## Why?\n\nYes [@a].\n';
    expect(messages(body)).toEqual([]);
  });

  test('rejects what the CSP would block: scripts, event handlers, javascript: links', () => {
    const body =
      'Lede [@a].\n\n## Why?\n\n<button onclick="go()">Go</button> [x](JavaScript:go()) [@a]\n\n<script src="/x.js"></script>\n';
    expect(messages(body)).toEqual([
      'The attribute "onclick" on <button> cannot be used in a briefing.',
      'Link "JavaScript:go()" uses "javascript:", which a briefing may not link to.',
      'A <script> tag cannot be used in a briefing.',
    ]);
  });

  test('turns MDX syntax errors into one finding at their line', () => {
    const { findings } = checkBody('Lede.\n\nA {broken expression\n', ['a'], 0);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ offset: 9, severity: 'error' });
    expect(findings[0]?.message).toMatch(/^The text cannot be read as MDX: /);
  });
});
