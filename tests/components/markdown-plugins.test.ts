import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { loadRenderers } from 'astro:container';
import { load, type CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, test } from 'vitest';
import type { BriefingEntry } from '../../src/data/briefings.ts';
import BriefingLayout from '../../src/layouts/BriefingLayout.astro';
import { briefingSchema } from '../../src/lib/content/briefing-schema.ts';
import type { BriefingOutline } from '../../src/lib/citations/outline.ts';
import * as briefing from './fixtures/cited-briefing.mdx';

/**
 * The fixture briefing compiled by the site's own Markdown pipeline, rendered by the page's
 * layout (which hands the body its components), and read back from the body it renders.
 */
let $: CheerioAPI;
let outline: BriefingOutline;
beforeAll(async () => {
  const container = await AstroContainer.create({
    astroConfig: { site: import.meta.env.SITE, trailingSlash: 'always' },
    renderers: await loadRenderers([getContainerRenderer()]),
  });
  const { outline: recorded, date, ...fields } = briefing.frontmatter as Record<string, unknown>;
  outline = recorded as BriefingOutline;
  // The compiled module hands dates over as ISO timestamps; the collection would hand over the day.
  const data = briefingSchema.parse({ ...fields, date: String(date).slice(0, 10) });
  const entry = { id: '2026/05/cited-briefing', collection: 'briefings', data } as BriefingEntry;
  const props = { briefing: { entry, permalink: 'briefings/2026/05/20/cited-briefing/' }, outline, related: [] };
  $ = load(await container.renderToString(BriefingLayout, { props: { ...props, Content: briefing.default } }));
  $ = load($('[data-briefing-body]').html() ?? '');
});

describe('citation plugin', () => {
  test('numbers sources by first citation, key points first, and renders each marker as a chip', () => {
    expect(outline.citations.order).toEqual(['venue', 'news']);
    expect($('[data-cite] a[href^="#source-"]').length).toBe(9);
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
