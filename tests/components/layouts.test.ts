import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { load } from 'cheerio';
import { beforeAll, describe, expect, test } from 'vitest';
import BriefingLayout from '../../src/layouts/BriefingLayout.astro';
import QuestionLayout from '../../src/layouts/QuestionLayout.astro';
import Body from './support/Body.astro';
import { ANSWER, correctedBriefing, OUTLINE, QUESTION } from './support/briefing.ts';

let container: AstroContainer;
beforeAll(async () => {
  // Pages build their canonical URLs from the site's origin, as the real build does.
  container = await AstroContainer.create({ astroConfig: { site: import.meta.env.SITE, trailingSlash: 'always' } });
});

describe('BriefingLayout', () => {
  const render = async () =>
    load(
      await container.renderToString(BriefingLayout, {
        props: { briefing: correctedBriefing(), outline: OUTLINE, Content: Body, related: [] },
      }),
    );

  test('shows the publication day, the update its correction made and a marker leading to the corrections', async () => {
    const $ = await render();
    const times = $('header time')
      .map((_, time) => $(time).attr('datetime'))
      .get();
    expect(times).toEqual(['2026-05-20', '2026-05-22']);
    expect($('[data-corrections-marker]').attr('href')).toBe('#corrections');
    expect($('#corrections').text()).toContain('An earlier version gave the wrong dates.');
  });

  test('lists the cited sources in citation order, with their coverage', async () => {
    const $ = await render();
    expect(
      $('[data-source-link]')
        .map((_, link) => $(link).attr('href'))
        .get(),
    ).toEqual(['https://events.example/conference', 'https://news.example/story']);
    expect($('[data-coverage]').text()).toBe('2 sources from 2 publishers · 0 primary');
  });

  test('hands the search index its date sort key', async () => {
    const $ = await render();
    expect($('[data-pagefind-body]').attr('data-pagefind-sort')).toBe('date:2026-05-20');
  });
});

describe('QuestionLayout', () => {
  const render = async () =>
    load(
      await container.renderToString(QuestionLayout, {
        props: { briefing: correctedBriefing(), question: QUESTION, answer: ANSWER },
      }),
    );

  test('shows the same date line as its briefing: a corrected briefing’s question page shows the update', async () => {
    const $ = await render();
    expect(
      $('article time')
        .map((_, time) => $(time).attr('datetime'))
        .get(),
    ).toEqual(['2026-05-20', '2026-05-22']);
    expect($('[data-corrections-marker]').attr('href')).toBe('/briefings/2026/05/20/corrected-briefing/#corrections');
  });

  test('shows the question, its answer as rendered, the answer’s sources under the briefing’s numbers and the way on', async () => {
    const $ = await render();
    expect($('meta[http-equiv="refresh"]')).toHaveLength(0);
    expect($('h1').text()).toBe('When is it?');
    expect($('h1').attr('id')).toBe('when-is-it');
    expect($('[data-question-answer] [data-question="when-is-it"] p').text()).toBe(
      'The organisers list October 20-21.',
    );
    expect($('.source-number').text()).toBe('2.');
    expect($('[data-coverage]').text()).toBe('Numbered as in the briefing, which cites 2 sources.');
    expect($('[data-briefing-headline]').text()).toBe('A corrected briefing');
    expect($('[data-read-briefing]').attr('href')).toBe('/briefings/2026/05/20/corrected-briefing/');
  });
});
