import { describe, expect, test } from 'vitest';
import { checkBody } from '../../../src/lib/content/body-checks.ts';
import { checkImage, checkLink, urlScheme } from '../../../src/lib/content/body-gate.ts';
import { positionAt } from '../../../src/lib/content/positions.ts';

const sources = [
  { id: 'a', url: 'https://a.example/' },
  { id: 'b', url: 'https://b.example/' },
];
const ANSWER = '\n\n## Why?\n\nYes [@a; @b].\n';

/** The gate's errors for a body, as `line:col  message`. */
function gate(body: string): string[] {
  const text = `Lede [@a].\n\n${body}${ANSWER}`;
  return checkBody(text, sources, 0)
    .findings.filter((finding) => finding.severity !== 'warning')
    .map(({ offset, message }) => {
      const { line, column } = positionAt(text, offset);
      return `${line}:${column}  ${message}`;
    });
}

describe('urlScheme', () => {
  test.each([
    ['https://x.example', 'https:'],
    [' JavaScript:alert(1)', 'javascript:'],
    ['java\tscript:alert(1)', 'javascript:'],
    ['/archive/', undefined],
    ['#why', undefined],
  ])('reads %j as a browser does', (url, scheme) => expect(urlScheme(url)).toBe(scheme));
});

describe('checkLink', () => {
  test.each(['https://example.com', 'http://x.example', 'mailto:desk@example.com', '/archive/', '#why', 'page/'])(
    'allows %j',
    (url) => expect(checkLink(url, 0)).toEqual([]),
  );

  test.each([
    ['javascript:alert(1)', 'javascript:'],
    ['data:text/html,x', 'data:'],
    ['vbscript:x', 'vbscript:'],
    ['tel:+100', 'tel:'],
  ])('refuses %j', (url, scheme) => {
    expect(checkLink(url, 7)).toEqual([
      {
        offset: 7,
        message: `Link "${url}" uses "${scheme}", which a briefing may not link to.`,
        hint: 'link to an https:// address, a mailto: address, or a page of this site',
      },
    ]);
  });
});

describe('checkImage', () => {
  test('allows a file of the site', () => expect(checkImage('/images/chart.png', 0)).toEqual([]));
  test.each(['https://cdn.example/x.png', '//cdn.example/x.png', 'data:image/png;base64,AA'])('refuses %j', (url) => {
    expect(checkImage(url, 0).map((finding) => finding.message)).toEqual([`Image "${url}" is not a file of this site.`]);
  });
});

describe('the body gate', () => {
  test('allows Markdown, listed elements with listed attributes, and MDX comments', () => {
    const body =
      '<details open><summary>More</summary>Text</details>\n\n{/* a note for editors */}\n\n' +
      '<abbr title="Linux Foundation">LF</abbr> <a href="https://x.example" hreflang="en">x</a> ![c](/c.png)';
    expect(gate(body)).toEqual([]);
  });

  test('refuses import and export', () => {
    expect(gate("import { readFileSync } from 'node:fs'\nexport const a = 1")).toEqual([
      `3:1  A briefing cannot import code: "import { readFileSync } from 'node:fs'".`,
    ]);
  });

  test('refuses expressions in text, in flow and in attributes, and spreads', () => {
    expect(gate('{process.env.SECRET}\n\nSay {word}. <a href={"javascript:x"}>x</a> <img {...{onerror:"x"}} />')).toEqual([
      '3:1  The expression "{process.env.SECRET}" cannot be used in a briefing.',
      '5:5  The expression "{word}" cannot be used in a briefing.',
      '5:16  The attribute "href" on <a> is an expression, which a briefing cannot use.',
      '5:43  The spread "{...{onerror:"x"}}" on <img> cannot be used in a briefing.',
    ]);
  });

  test('refuses elements outside the allowlist, in any case, and components outside the kit', () => {
    const body =
      '<meta http-equiv="refresh" content="0;url=https://evil.example/" />\n\n<base href="https://evil.example/" />\n\n' +
      '<iframe src="https://evil.example/"></iframe>\n\n<Fragment set:html="<b>x</b>" />\n\n<SCRIPT>x</SCRIPT>\n\n<Cite source="a" />';
    expect(gate(body)).toEqual([
      '3:1  The element <meta> cannot be used in a briefing.',
      '5:1  The element <base> cannot be used in a briefing.',
      '7:1  The element <iframe> cannot be used in a briefing.',
      "9:1  Component <Fragment> is not part of the writers' kit.",
      "11:1  Component <SCRIPT> is not part of the writers' kit.",
      '13:1  <Cite> is placed by the site, not written in a briefing.',
    ]);
  });

  test('refuses attributes outside the allowlist, in any case, at the attribute', () => {
    const body = '<p onClick="x" style="color:red">a</p>\n\n<a HREF="javascript:x">b</a> <span set:html="x">c</span>';
    expect(gate(body)).toEqual([
      '3:4  The attribute "onClick" on <p> cannot be used in a briefing.',
      '3:16  The attribute "style" on <p> cannot be used in a briefing.',
      '5:4  The attribute "HREF" on <a> cannot be used in a briefing.',
      '5:36  The attribute "set:html" on <span> cannot be used in a briefing.',
    ]);
  });

  test('reads URLs after entity decoding', () => {
    expect(gate('<a href="&#x6a;avascript:alert(1)">x</a> [y](&#x6a;avascript:alert(2))')).toEqual([
      '3:4  Link "javascript:alert(1)" uses "javascript:", which a briefing may not link to.',
      '3:42  Link "javascript:alert(2)" uses "javascript:", which a briefing may not link to.',
    ]);
  });

  test("refuses a heading's attributes other than its id", () => {
    expect(gate('### Detail {#detail onclick=alert(1) style=color:red}\n\nText.')).toEqual([
      '3:21  The heading attribute "onclick" cannot be used in a briefing.',
      '3:38  The heading attribute "style" cannot be used in a briefing.',
    ]);
  });

  test('refuses a link definition that would capture a citation, and checks the others', () => {
    expect(gate('See [@b].\n\n[@b]: https://evil.example/phish\n[x]: javascript:alert(1)')).toEqual([
      '5:1  The link definition "[@b]:" would turn the citation [@b] into a link.',
      '6:1  Link "javascript:alert(1)" uses "javascript:", which a briefing may not link to.',
    ]);
  });

  test('walks a body nested thousands of levels deep without overflowing the stack', () => {
    const deep = `${'> '.repeat(3000)}deep`;
    expect(gate(deep)).toEqual(['3:201  The text is nested more than 100 levels deep here.']);
  });
});
