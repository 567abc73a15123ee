import { describe, expect, test } from 'vitest';
import { removeXmlInvalid, sanitizeFeedHtml } from '../../../src/lib/site/feed-html.ts';

describe('sanitizeFeedHtml', () => {
  test('keeps what a briefing renders to: headings, sections, links, lists, quotes, footnote ids', () => {
    const html =
      '<section><h2 id="why">Why?</h2><p>Because <a href="https://x.example/#source-a">x.example</a>.</p>' +
      '<ol><li id="fn-1">Note <sup>1</sup></li></ol><blockquote>“Quote”</blockquote></section>';
    expect(sanitizeFeedHtml(html)).toBe(html);
  });

  test('removes scripts, styles, frames and forms with their content', () => {
    const html =
      '<p>a</p><script>alert(1)</script><style>p{}</style><iframe src="https://evil.example/"></iframe>' +
      '<form action="javascript:alert(1)"><button formaction="javascript:x">b</button></form>' +
      '<meta http-equiv="refresh" content="0;url=https://evil.example/"><base href="https://evil.example/">';
    expect(sanitizeFeedHtml(html)).toBe('<p>a</p>b');
  });

  test('removes event handlers, styles, classes and data attributes, in any case', () => {
    expect(sanitizeFeedHtml('<p ONCLICK="x" style="color:red" class="c" data-x="y" title="t">a</p>')).toBe(
      '<p title="t">a</p>',
    );
  });

  test('keeps http(s) and mailto links and drops any other scheme, entities decoded', () => {
    expect(sanitizeFeedHtml('<a href="&#106;avascript:alert(1)">a</a><a href="mailto:x@example.com">b</a>')).toBe(
      '<a>a</a><a href="mailto:x@example.com">b</a>',
    );
  });

  test('removes characters XML cannot hold', () => {
    expect(sanitizeFeedHtml('<p>form\ffeed \u001b escape</p>')).toBe('<p>formfeed  escape</p>');
  });
});

describe('removeXmlInvalid', () => {
  test('keeps tabs, line breaks and astral characters; drops controls, lone surrogates and U+FFFF', () => {
    expect(removeXmlInvalid('a\tb\nc\r\u0000\u0008\uD800\uFFFF😀')).toBe('a\tb\nc\r😀');
  });
});
