import { expect, test, type Page } from '@playwright/test';
import { MODEL_BRIEFING } from '../support/site.ts';

/** The briefing URLs the sitemap lists: every published briefing. */
async function publishedBriefings(page: Page): Promise<string[]> {
  const sitemap = await (await page.request.get('sitemap-0.xml')).text();
  return [...sitemap.matchAll(/<loc>([^<]*\/briefings\/[^<]*)<\/loc>/g)].map((match) => match[1] ?? '');
}

test.describe('the archive', () => {
  test('counts every published briefing once, by year and by month', async ({ page }) => {
    const total = (await publishedBriefings(page)).length;
    await page.goto('archive/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Archive');
    await expect(page.getByText(`All ${total} briefings, by year and month.`)).toBeVisible();
    const yearCounts = await page
      .locator('[data-archive-year]')
      .evaluateAll((years) => years.map((year) => Number(year.getAttribute('data-count'))));
    const monthCounts = await page
      .locator('[data-archive-month]')
      .evaluateAll((months) => months.map((month) => Number(month.getAttribute('data-count'))));
    expect(yearCounts.reduce((sum, count) => sum + count, 0)).toBe(total);
    expect(monthCounts.reduce((sum, count) => sum + count, 0)).toBe(total);
  });

  test('a month lists its briefings’ headlines, and its link opens its year page at that month', async ({ page }) => {
    await page.goto('archive/');
    const month = page.locator('[data-archive-month="2017-09"]');
    await expect(month.locator('[data-archive-month-label]')).toHaveText('September (2)');
    await expect(month.locator('[data-archive-title]')).toHaveCount(2);
    await month.getByRole('link', { name: 'September' }).click();
    await expect(page).toHaveURL(/archive\/2017\/#2017-09$/);
    const section = page.locator('section[id="2017-09"]');
    await expect(section).toBeInViewport();
    await expect(section.locator('[data-briefing-summary]')).toHaveCount(2);
  });
});

test.describe('moving between briefings', () => {
  test('previous links walk every briefing from the newest to the oldest, and next links walk back', async ({
    page,
  }) => {
    const total = (await publishedBriefings(page)).length;
    await page.goto('');
    await page.getByRole('link', { name: 'Read the briefing and its sources' }).click();
    const visited: string[] = [];
    const dates: string[] = [];
    for (;;) {
      visited.push(new URL(page.url()).pathname);
      dates.push((await page.locator('article header time').first().getAttribute('datetime')) ?? '');
      const previous = page.locator('a[rel="prev"]');
      if ((await previous.count()) === 0) break;
      await previous.click();
    }
    expect(new Set(visited).size).toBe(total);
    expect(dates).toEqual([...dates].sort().reverse());
    await page.locator('a[rel="next"]').click();
    expect(new URL(page.url()).pathname).toBe(visited.at(-2));
  });

  test('related briefings share a topic with the one being read', async ({ page }) => {
    await page.goto('briefings/2017/09/07/onnx-announced/');
    const topics = await page.getByRole('group', { name: 'Topics' }).getByRole('link').allTextContents();
    const related = page.locator('[data-related-briefing] a');
    await expect(related).toHaveCount(3);
    const hrefs = await related.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    for (const href of hrefs) {
      await page.goto(href);
      const theirs = await page.getByRole('group', { name: 'Topics' }).getByRole('link').allTextContents();
      expect(theirs.some((topic) => topics.includes(topic))).toBe(true);
    }
  });
});

test.describe('topics and publishers', () => {
  test('a topic chip leads to the topic page, which lists the briefing and offers its feeds', async ({ page }) => {
    await page.goto(MODEL_BRIEFING);
    await page.getByRole('group', { name: 'Topics' }).getByRole('link', { name: 'PyTorch' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('PyTorch');
    await expect(page.getByRole('link', { name: 'Soumith Chintala credited with infrastructure' })).toBeVisible();
    const rss = await page.request.get((await page.locator('[data-feed-link="rss"]').getAttribute('href')) ?? '');
    expect(rss.ok()).toBe(true);
    expect(await rss.text()).toContain('<title>Briefing: PyTorch</title>');
  });

  test('a publisher page answers “what have we cited from openai.com?”', async ({ page }) => {
    await page.goto('sources/');
    await page.getByRole('link', { name: 'OpenAI', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('OpenAI (openai.com)');
    await expect(page.locator('[data-cited-source]')).toContainText(['OpenAI → PyTorch']);
    await expect(page.getByRole('link', { name: 'Soumith Chintala credited with infrastructure' })).toBeVisible();
  });
});

test.describe('feeds', () => {
  test('every kind of page announces the site’s RSS and JSON feeds, and both are served', async ({ page }) => {
    for (const path of ['', 'archive/', 'archive/2017/', 'topics/', 'sources/', MODEL_BRIEFING]) {
      await page.goto(path);
      const links = page.locator('link[rel="alternate"]');
      await expect(links.first()).toHaveAttribute('type', 'application/rss+xml');
      await expect(links.nth(1)).toHaveAttribute('type', 'application/feed+json');
    }
    expect((await page.request.get('rss.xml')).headers()['content-type']).toContain('xml');
    expect((await (await page.request.get('feed.json')).json()).version).toBe('https://jsonfeed.org/version/1.1');
  });
});

test.describe('a missing page', () => {
  test('is answered with the 404 page, a search link and recent briefings', async ({ page }) => {
    const response = await page.goto('no-such-briefing/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByRole('link', { name: 'Search the briefings' })).toHaveAttribute('href', /search\/$/);
    await expect(page.locator('[data-briefing-summary]')).toHaveCount(5);
  });
});
