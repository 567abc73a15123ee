import { execFileSync } from 'node:child_process';
import { globSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildFixture } from '../support/build-site.ts';
import { xmllint } from '../support/xmllint.ts';

/** A briefing whose frontmatter and body hold characters XML cannot hold (escape, NUL, form feed, …). */
const FIXTURE = 'tests/fixtures/hostile-feed';
const PAGE = 'briefings/2026/03/04/control-characters/index.html';
const XML_INVALID = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

let outDir = '';
beforeAll(() => {
  const build = buildFixture(FIXTURE);
  expect(build.status, build.output).toBe(0);
  outDir = build.outDir;
}, 180_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('feeds built from text with control characters', () => {
  test('xmllint is installed for these checks', () => {
    expect(execFileSync('xmllint', ['--version'], { encoding: 'utf8', stdio: 'pipe' })).toBeDefined();
  });

  test('the site feed and every topic feed are well-formed XML', () => {
    const feeds = globSync('**/rss.xml', { cwd: outDir });
    expect(feeds).toContain('rss.xml');
    expect(feeds).toContain('topics/research/rss.xml');
    for (const feed of feeds) {
      const { status, stderr } = xmllint(join(outDir, feed));
      expect(stderr, feed).toBe('');
      expect(status, feed).toBe(0);
    }
  });

  test('the JSON Feed holds no character XML forbids in its text, and still reads as JSON', () => {
    const text = readFileSync(join(outDir, 'feed.json'), 'utf8');
    const feed = JSON.parse(text) as { items: { title: string; content_html: string }[] };
    expect(feed.items[0]?.title).toBe('An escape  and a bell  in a title');
    expect(feed.items[0]?.content_html).not.toMatch(XML_INVALID);
  });

  test('the page itself still builds and shows the text', () => {
    expect(readFileSync(join(outDir, PAGE), 'utf8')).toContain('The lede has a form feed');
  });
});
