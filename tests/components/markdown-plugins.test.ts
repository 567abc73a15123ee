import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { loadRenderers } from 'astro:container';
import { load, type CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, test } from 'vitest';
import Cite from '../../src/components/Cite.astro';
import Evidence from '../../src/components/Evidence.astro';
import QuestionShare from '../../src/components/QuestionShare.astro';
import { briefingLocals } from '../../src/data/sources.ts';
import { briefingSchema } from '../../src/lib/content/briefing-schema.ts';
import type { BriefingOutline } from '../../src/lib/citations/outline.ts';
import * as briefing from './fixtures/cited-briefing.mdx';

/** The fixture briefing compiled by the site's own Markdown pipeline and rendered with the page's components. */
let $: CheerioAPI;
let outline: BriefingOutline;
beforeAll(async () => {
  const container = await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
  const frontmatter = briefing.frontmatter as Record<string, unknown>;
  outline = frontmatter['outline'] as BriefingOutline;
  const { locals } = briefingLocals(briefingSchema.shape.sources.parse(frontmatter['sources']), outline);
  const html = await container.renderToString(briefing.default, {
    props: { components: { Cite, Evidence, QuestionShare } },
    locals: { ...locals, briefingPermalink: 'briefings/2026/05/20/cited-briefing/' },
  });
  $ = load(html);
});

describe('citation plugin', () => {
  test('numbers sources by first citation, key points first, and renders each marker as a chip', () => {
    expect(outline.citations.order).toEqual(['venue', 'news']);
    expect($('[data-cite]').length).toBe(9);
    expect($('[data-cite] a').first().attr('id')).toBe('cite-venue-2');
    expect($('[data-cite] a').first().attr('href')).toBe('#source-venue');
  });

  test('leaves markers in inline code, Markdown links and HTML links as text', () => {
    expect($('code').text()).toBe('[@not-a-cite]');
    expect($('a[href="https://x.example/"]').text()).toBe('a link with [@news] in it');
    expect($('a[href="https://y.example/"]').text()).toBe('an HTML link with [@news]');
  });
});

describe('question plugin', () => {
  test('wraps each question in a section with its id, explicit ids kept and repeated text suffixed', () => {
    const ids = $('section[data-question]')
      .map((_, section) => $(section).attr('data-question'))
      .get();
    expect(ids).toEqual(['when', 'where-is-it-2', 'where-is-it', 'when-is-it']);
    expect($('h2#when').text()).toContain('When is it?');
  });

  test('an automatic id moves aside for an explicit one, never the other way', () => {
    expect(outline.questions.map((question) => question.id)).toEqual([
      'when',
      'where-is-it-2',
      'where-is-it',
      'when-is-it',
    ]);
    expect($('h2#where-is-it').text()).toContain('Which venue is it?');
  });

  test('labels each section by its heading and leaves other headings plain', () => {
    expect($('section[data-question="when"]').attr('aria-labelledby')).toBe('when');
    expect($('h2#background').closest('section[data-question]').length).toBe(0);
  });

  test('puts the anchor link and the share control beside each question', () => {
    const heading = $('section[data-question="when"] [data-question-heading]');
    expect(heading.find('a[data-heading-anchor]').attr('href')).toBe('#when');
    expect(heading.find('button, [data-copy-link]').length).toBeGreaterThan(0);
  });

  test('keeps GFM footnotes working beside citations', () => {
    expect($('[data-footnote-ref]').length).toBe(1);
    expect($('[data-footnotes]').text()).toContain('An explanatory note.');
  });

  test('ends each cited answer with its evidence line', () => {
    expect($('section[data-question="where-is-it-2"] [data-evidence]').text()).toContain('news.example');
  });
});
