import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildFixture } from '../support/build-site.ts';
import { xmllint } from '../support/xmllint.ts';

/**
 * A briefing that writes every construct the body gate refuses (scripts, frames, forms, base,
 * refresh, handlers, javascript: links, expressions, imports, a captured citation) as text:
 * escaped, in code, in frontmatter. Built for real, the page and both feeds must hold none of
 * them as markup, only as words.
 */
const FIXTURE = 'tests/fixtures/inert-constructs';
const PAGE = 'briefings/2026/04/02/written-not-run/index.html';
const BLOCKED_ELEMENTS = 'iframe, object, embed, form, base, meta[http-equiv], link[rel=stylesheet], style';

let outDir = '';
beforeAll(() => {
  const build = buildFixture(FIXTURE);
  expect(build.status, build.output).toBe(0);
  outDir = build.outDir;
}, 180_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** Every way the markup in `$` could run code or send a reader elsewhere. */
function liveConstructs($: CheerioAPI, scope: string): string[] {
  const found: string[] = [];
  $(scope)
    .find(BLOCKED_ELEMENTS)
    .each((_, element) => void found.push(`<${element.tagName}>`));
  $(scope)
    .find('script:not([type="module"]):not([type="application/ld+json"])')
    .each(() => void found.push('<script>'));
  $(scope)
    .find('*')
    .each((_, element) => {
      for (const [name, value] of Object.entries(element.attribs)) {
        if (/^on/i.test(name) || name === 'style' || name === 'srcdoc') found.push(`${name}=`);
        if (/^\s*(?:javascript|data|vbscript):/i.test(value)) found.push(`${name}="${value}"`);
      }
    });
  return found;
}

const html = (file: string) => load(readFileSync(join(outDir, file), 'utf8'));

describe('a briefing that writes blocked constructs as text', () => {
  test('its page shows them as words', () => {
    const text = html(PAGE)('article').text();
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('{process.env.SECRET}');
    expect(text).toContain('<iframe srcdoc=');
  });

  test('its page holds none of them as markup (the site’s own search and share forms aside)', () => {
    const $ = html(PAGE);
    $('article [data-share-bar]').remove();
    expect(liveConstructs($, 'article')).toEqual([]);
    expect(html(PAGE)('meta[http-equiv="refresh" i], base').length).toBe(0);
  });

  test('rss.xml holds none of them as markup in any item', () => {
    const rss = load(readFileSync(join(outDir, 'rss.xml'), 'utf8'), { xml: true });
    expect(rss('item').length).toBe(1);
    rss('item').each((_, item) => {
      const content = load(rss(item).find('content\\:encoded').text());
      expect(liveConstructs(content, 'body')).toEqual([]);
      expect(content('body').text()).toContain('<script>alert(1)</script>');
    });
  });

  test('rss.xml is well-formed XML', () => {
    expect(xmllint(join(outDir, 'rss.xml'))).toEqual({ status: 0, stderr: '' });
  });

  test('feed.json holds none of them as markup in any item', () => {
    const feed = JSON.parse(readFileSync(join(outDir, 'feed.json'), 'utf8')) as { items: { content_html: string }[] };
    for (const item of feed.items) expect(liveConstructs(load(item.content_html), 'body')).toEqual([]);
  });

  test('the captured-citation definition written as code stays text, and the citation still links to its source', () => {
    const $ = html(PAGE);
    expect($('a[href="https://evil.example/phish"]').length).toBe(0);
    expect($('[data-cite] a[href="#source-owasp"]').length).toBeGreaterThan(0);
  });
});
