import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { CspEvaluator } from 'csp_evaluator/dist/evaluator.js';
import { Severity } from 'csp_evaluator/dist/finding.js';
import { CspParser } from 'csp_evaluator/dist/parser.js';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildFixture } from '../support/build-site.ts';
import { pngSize } from '../support/png.ts';
import { checkSchemaOrg, loadVocabulary } from '../support/schema-org.ts';

const FIXTURE = 'tests/fixtures/hostile-source';
const PAGE = 'briefings/2026/02/03/hostile-titles/';
const QUESTION_PAGE = `${PAGE}q/why-would-a-title-hold-markup/`;
const HOSTILE_TITLE = '</script><script>alert(1)</script> "Quoted" & <b>bold</b> title';
const HEADLINE = 'Quotes "double", \'single\' and </script><script>alert(1)</script> in a headline';

// Parsed with parse5 (through cheerio), which follows the HTML standard as browsers do: a
// lighter parser can take a `<script>` inside an attribute value for a tag, which a browser never does.
const html = (outDir: string, page: string) => load(readFileSync(join(outDir, page, 'index.html'), 'utf8'));
const meta = ($: CheerioAPI, property: string) =>
  $(`meta[property="${property}"], meta[name="${property}"]`).attr('content');
const jsonLd = ($: CheerioAPI) => JSON.parse($('script[type="application/ld+json"]').text());
/** A file in the build for an absolute URL of the default site, https://briefing.example/. */
const fileOf = (outDir: string, url: string | undefined) => join(outDir, new URL(url ?? '').pathname);

let outDir = '';
beforeAll(() => {
  const build = buildFixture(FIXTURE);
  expect(build.status, build.output).toBe(0);
  outDir = build.outDir;
}, 120_000);

describe('a briefing whose titles hold markup and quotes', () => {
  test('every script on its pages is the site’s own or inert data', () => {
    for (const page of [PAGE, QUESTION_PAGE, '']) {
      const $ = html(outDir, page);
      for (const script of $('script').toArray()) {
        const type = $(script).attr('type');
        expect(['module', 'application/ld+json']).toContain(type);
        expect($(script).text()).not.toMatch(type === 'module' ? /alert\(/ : /</);
      }
    }
  });

  test('shows the source title as text in the Sources list, which the cards copy, and in the margin', () => {
    const $ = html(outDir, PAGE);
    expect($('#source-hostile [data-source-title]').text()).toBe(HOSTILE_TITLE);
    expect($('[data-margin-sources] cite').first().text()).toBe(HOSTILE_TITLE);
    expect($('b').length).toBe(0);
  });

  test('keeps the headline as text in the title, the link preview and the share image’s description', () => {
    const $ = html(outDir, PAGE);
    expect($('title').text()).toBe(HEADLINE);
    expect(meta($, 'og:title')).toBe(HEADLINE);
    expect(meta($, 'og:image:alt')).toBe(`Briefing · February 3, 2026: ${HEADLINE}`);
    expect(pngSize(readFileSync(fileOf(outDir, meta($, 'og:image'))))).toEqual({ width: 1200, height: 630 });
  });

  test('its JSON-LD parses, keeps every value as written, and cites exactly the sources listed on the page', () => {
    const $ = html(outDir, PAGE);
    const article = jsonLd($);
    expect(article).toMatchObject({ '@type': 'NewsArticle', headline: HEADLINE, datePublished: '2026-02-03' });
    const listed = $('[role="doc-endnotes"] a[data-source-link]')
      .toArray()
      .map((link) => ({ name: $(link).contents().first().text(), url: $(link).attr('href') }));
    expect(article.citation.map(({ name, url }: { name: string; url: string }) => ({ name, url }))).toEqual(listed);
    expect(listed.map(({ name }) => name)).toEqual([HOSTILE_TITLE, 'A plain source']);
    expect(article.citation[0]).toMatchObject({
      publisher: { name: 'Publisher "Q" </script>' },
      datePublished: '2026-02-01',
    });
  });

  test('its JSON-LD uses schema.org terms only, with values in range', () => {
    expect(checkSchemaOrg(loadVocabulary(), jsonLd(html(outDir, PAGE)))).toEqual([]);
  });
});

describe('the headers file for hosts that read one', () => {
  /** The headers of a rule in Netlify's and Cloudflare's `_headers` format. */
  const rule = (path: string) => {
    const lines = readFileSync(join(outDir, '_headers'), 'utf8').split('\n');
    const start = lines.indexOf(path);
    const end = lines.findIndex((line, index) => index > start && !line.startsWith(' '));
    return lines.slice(start + 1, end === -1 ? undefined : end).map((line) => line.trim());
  };

  test('lets browsers keep hashed assets for a year without asking again', () => {
    expect(rule('/_astro/*')).toContain('Cache-Control: public, max-age=31536000, immutable');
  });

  test('carries the pages’ policy and what only a header can say', () => {
    const headers = rule('/*');
    const policy = headers.find((header) => header.startsWith('Content-Security-Policy:')) ?? '';
    expect(policy).toContain("frame-ancestors 'none'");
    const page = html(outDir, PAGE)('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
    for (const directive of page.split(';')) expect(policy).toContain(directive);
    expect(headers).toContain('X-Content-Type-Options: nosniff');
  });

  test('Google’s CSP Evaluator finds nothing of high severity in the page’s policy or the header’s', () => {
    const page = html(outDir, PAGE)('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
    const header = (rule('/*').find((line) => line.startsWith('Content-Security-Policy:')) ?? '').slice(24);
    for (const policy of [page, header]) {
      const findings = new CspEvaluator(new CspParser(policy).csp).evaluate();
      expect(findings.filter((finding) => finding.severity <= Severity.HIGH_MAYBE)).toEqual([]);
    }
  });
});

describe('a fast build without share images (SKIP_SHARE_IMAGES=1)', () => {
  let fastOutDir = '';
  beforeAll(() => {
    const build = buildFixture(FIXTURE, { SKIP_SHARE_IMAGES: '1' });
    expect(build.status, build.output).toBe(0);
    fastOutDir = build.outDir;
  }, 120_000);

  test('writes no per-page images, and every page names the site’s image, which exists', () => {
    expect(existsSync(join(fastOutDir, PAGE, 'og.png'))).toBe(false);
    expect(existsSync(join(fastOutDir, QUESTION_PAGE, 'og.png'))).toBe(false);
    for (const page of [PAGE, QUESTION_PAGE]) {
      const image = meta(html(fastOutDir, page), 'og:image');
      expect(image).toBe('https://briefing.example/og.png');
      expect(pngSize(readFileSync(fileOf(fastOutDir, image)))).toEqual({ width: 1200, height: 630 });
    }
  });

  test('keeps the rest of the meta as in a full build', () => {
    const $ = html(fastOutDir, QUESTION_PAGE);
    expect(meta($, 'og:title')).toBe('Why would a title hold markup?');
    expect(meta($, 'og:description')).toBe('Because titles are data, not HTML.');
    expect($('link[rel="canonical"]').attr('href')).toBe(`https://briefing.example/${PAGE}`);
  });
});

describe('share images per briefing (shareImages: "briefing", here through SHARE_IMAGES)', () => {
  let briefingOutDir = '';
  beforeAll(() => {
    const build = buildFixture(FIXTURE, { SHARE_IMAGES: 'briefing' });
    expect(build.status, build.output).toBe(0);
    briefingOutDir = build.outDir;
  }, 120_000);

  test('draws the briefing’s image and none for its questions, whose pages preview with the briefing’s', () => {
    expect(existsSync(join(briefingOutDir, QUESTION_PAGE, 'og.png'))).toBe(false);
    const $ = html(briefingOutDir, QUESTION_PAGE);
    expect(meta($, 'og:image')).toBe(`https://briefing.example/${PAGE}og.png`);
    expect(meta($, 'og:image:alt')).toBe(`Briefing · February 3, 2026: ${HEADLINE}`);
    expect(pngSize(readFileSync(join(briefingOutDir, PAGE, 'og.png')))).toEqual({ width: 1200, height: 630 });
    expect(meta($, 'og:title')).toBe('Why would a title hold markup?');
  });
});
