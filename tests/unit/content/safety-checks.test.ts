import { describe, expect, test } from 'vitest';
import { checkElement, checkLink } from '../../../src/lib/content/safety-checks.ts';

const attribute = (name: string, value: unknown = 'x') => ({ type: 'mdxJsxAttribute', name, value });

describe('checkLink', () => {
  test.each(['https://example.com', 'http://x.example', 'mailto:desk@example.com', '/archive/', '#why', 'page/'])(
    'allows %j',
    (url) => expect(checkLink(url, 0)).toEqual([]),
  );

  test.each([
    ['javascript:alert(1)', 'javascript:'],
    [' JavaScript:alert(1)', 'javascript:'],
    ['java\tscript:alert(1)', 'javascript:'],
    ['data:text/html,x', 'data:'],
    ['vbscript:x', 'vbscript:'],
  ])('rejects %j', (url, scheme) => {
    expect(checkLink(url, 7)).toEqual([
      {
        offset: 7,
        message: `Link "${url}" uses "${scheme}", which a briefing may not link to.`,
        hint: 'link to an https:// address, a mailto: address, or a page of this site',
      },
    ]);
  });
});

describe('checkElement', () => {
  test('rejects a script, in any case', () => {
    expect(checkElement({ name: 'SCRIPT', attributes: [] }, 3)).toEqual([
      expect.objectContaining({ offset: 3, message: 'A <script> tag cannot be used in a briefing.' }),
    ]);
  });

  test('rejects inline event handlers but not attributes that merely start with "on"', () => {
    const node = { name: 'details', attributes: [attribute('open', null), attribute('onToggle'), attribute('one')] };
    expect(checkElement(node, 0).map((finding) => finding.message)).toEqual([
      'The attribute "onToggle" on <details> cannot be used in a briefing.',
    ]);
  });

  test('checks where an href leads, and ignores spread attributes', () => {
    const node = { name: 'a', attributes: [attribute('href', 'javascript:x'), { type: 'mdxJsxExpressionAttribute' }] };
    expect(checkElement(node, 0)).toHaveLength(1);
  });
});
