import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import ogs from 'open-graph-scraper';
import { builtPages, parsePage } from '../support/built-site.ts';
import { pngSize } from '../support/png.ts';
import { publishedSite } from '../support/published-site.ts';
import {
  MODEL_BRIEFING,
  MODEL_DEK,
  MODEL_FIRST_SENTENCES,
  MODEL_HEADLINE,
  MODEL_QUESTION_IDS,
  MODEL_QUESTIONS,
} from '../support/site.ts';

/** What a link-preview scraper reads from a page served by the preview server. */
async function scrape(url: string) {
  const { result, html } = await ogs({
    url,
    urlValidatorSettings: {
      allow_fragments: true,
      allow_protocol_relative_urls: false,
      allow_query_components: true,
      allow_trailing_dot: false,
      allow_underscores: false,
      protocols: ['http'],
      require_host: true,
      require_port: false,
      require_protocol: true,
      require_tld: false,
      require_valid_protocol: true,
      validate_length: true,
    },
  });
  const image = result.ogImage?.[0];
  return {
    title: result.ogTitle,
    description: result.ogDescription,
    url: result.ogUrl,
    image: image?.url,
    imageSize: { width: Number(image?.width), height: Number(image?.height) },
    twitterCard: result.twitterCard,
    canonical: parsePage(html ?? '').attribute('link[rel="canonical"]', 'href')[0],
  };
}

test.describe('link previews', () => {
  test('the model briefing previews with its headline, dek, share image and own canonical URL', async ({
    baseURL,
  }, testInfo) => {
    const site = publishedSite(testInfo, baseURL);
    const preview = await scrape(new URL(MODEL_BRIEFING, baseURL).href);
    expect(preview).toMatchObject({
      title: MODEL_HEADLINE,
      description: MODEL_DEK,
      url: site.published(MODEL_BRIEFING),
      canonical: site.published(MODEL_BRIEFING),
      image: site.published(`${MODEL_BRIEFING}og.png`),
      twitterCard: 'summary_large_image',
    });
  });

  test('each question previews as the question, with its answer’s first sentence and canonical to the briefing', async ({
    baseURL,
  }, testInfo) => {
    const site = publishedSite(testInfo, baseURL);
    for (const [index, id] of MODEL_QUESTION_IDS.entries()) {
      const page = `${MODEL_BRIEFING}q/${id}/`;
      expect(await scrape(new URL(page, baseURL).href)).toMatchObject({
        title: MODEL_QUESTIONS[index],
        description: MODEL_FIRST_SENTENCES[index],
        url: site.published(page),
        canonical: site.published(MODEL_BRIEFING),
        image: site.published(`${page}og.png`),
      });
    }
  });

  test('every briefing and question page names an absolute share image that is a 1200×630 PNG of the build', async ({
    baseURL,
  }, testInfo) => {
    const site = publishedSite(testInfo, baseURL);
    const pages = builtPages(site.outDir).filter((page) => page.startsWith('briefings/'));
    expect(pages.filter((page) => page.includes('/q/')).length).toBeGreaterThanOrEqual(MODEL_QUESTION_IDS.length);
    for (const page of pages) {
      const preview = await scrape(new URL(page, baseURL).href);
      expect(preview.image, page).toBe(site.published(`${page}og.png`));
      expect(preview.imageSize, page).toEqual({ width: 1200, height: 630 });
      const file = join(site.outDir, site.pathOf(preview.image ?? '') ?? '');
      expect(pngSize(readFileSync(file)), page).toEqual({ width: 1200, height: 630 });
      expect(preview.title, page).toBeTruthy();
      expect(preview.description, page).not.toMatch(/\[@|^$/);
    }
  });

  test('the home page previews with the site’s default share image', async ({ baseURL }, testInfo) => {
    const site = publishedSite(testInfo, baseURL);
    const preview = await scrape(baseURL ?? '');
    expect(preview.image).toBe(site.published('og.png'));
    expect(pngSize(readFileSync(join(site.outDir, 'og.png')))).toEqual({ width: 1200, height: 630 });
  });
});
