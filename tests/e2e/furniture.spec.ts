import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from '../../scripts/lib/page-types.ts';
import { checkSchemaOrg, loadVocabulary } from '../support/schema-org.ts';
import { MODEL_BRIEFING, MODEL_HEADLINE } from '../support/site.ts';

const NEWSROOM = 'Briefing newsroom';

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [375, 1280] as const) {
    test.describe(`news furniture at ${width} px in ${colorScheme} mode`, () => {
      test.use({ colorScheme, viewport: { width, height: 800 }, hasTouch: width < 768 });

      test('a briefing’s byline names the newsroom and leads to its author page, which lists the briefing', async ({
        page,
      }) => {
        await page.goto(MODEL_BRIEFING);
        const byline = page.locator('article header [data-byline]');
        await expect(byline).toHaveText(`By ${NEWSROOM}`);
        await expect(page.locator('article header')).toContainText('Published May 23, 2026');
        await byline.getByRole('link', { name: NEWSROOM }).click();
        await expect(page.getByRole('heading', { level: 1, name: NEWSROOM })).toBeVisible();
        await expect(page.locator('[data-page-kind]')).toHaveText('Author');
        await expect(page.getByRole('link', { name: MODEL_HEADLINE })).toBeVisible();
      });

      test('About, Methodology and Corrections are reachable from the footer of every page type', async ({ page }) => {
        const missing: string[] = [];
        for (const [name, path] of Object.entries(PAGE_TYPES)) {
          if (name === 'question') continue; // it sends the reader on to the briefing at once
          await page.goto(path);
          const footer = page.getByRole('contentinfo');
          for (const label of ['About', 'Methodology', 'Corrections', 'Contact', 'RSS feed', 'JSON Feed']) {
            if ((await footer.getByRole('link', { name: label, exact: true }).count()) !== 1)
              missing.push(`${name}: ${label}`);
          }
        }
        expect(missing).toEqual([]);
        await page.getByRole('contentinfo').getByRole('link', { name: 'Methodology' }).click();
        await expect(page.getByRole('heading', { level: 1, name: 'Methodology' })).toBeVisible();
        await expect(page.getByRole('heading', { name: 'When one publisher stands alone' })).toBeVisible();
      });
    });
  }
}

test('the NewsArticle names the newsroom as author, with its author page, and passes the schema.org check', async ({
  page,
}) => {
  await page.goto(MODEL_BRIEFING);
  const article = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '');
  expect(article.author).toEqual([
    {
      '@type': 'Organization',
      name: NEWSROOM,
      url: expect.stringMatching(/^https:\/\/[^/]+\/(news\/)?authors\/newsroom\/$/),
    },
  ]);
  expect(checkSchemaOrg(loadVocabulary(), article)).toEqual([]);
});

test('the Corrections page says there are none when the shipped briefings have none', async ({ page }) => {
  await page.goto('corrections/');
  await expect(page.getByRole('heading', { level: 1, name: 'Corrections' })).toBeVisible();
  await expect(page.locator('[data-corrections-log]')).toHaveText('No corrections yet.');
});

test('without a sign-up endpoint the subscribe box offers the feeds, and forms may post only to the site', async ({
  page,
}) => {
  await page.goto(MODEL_BRIEFING);
  const subscribe = page.getByRole('complementary', { name: 'Never miss a briefing' });
  await expect(subscribe.locator('form')).toHaveCount(0);
  await expect(subscribe.getByRole('link', { name: 'RSS' })).toHaveAttribute('href', /rss\.xml$/);
  await expect(subscribe.getByRole('link', { name: 'JSON Feed' })).toHaveAttribute('href', /feed\.json$/);
  const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(policy?.split(';')).toContain("form-action 'self'");
});

test.describe('sharing a briefing', () => {
  test('each share link carries the briefing’s address and headline', async ({ page }) => {
    await page.goto(MODEL_BRIEFING);
    const url = await page.locator('link[rel="canonical"]').getAttribute('href');
    const links = page.getByRole('region', { name: 'Share this briefing' }).locator('a[data-share-network]');
    const hrefs = Object.fromEntries(
      await links.evaluateAll((all) => all.map((link) => [link.dataset['shareNetwork'], link.getAttribute('href')])),
    );
    expect(Object.keys(hrefs)).toEqual(['x', 'bluesky', 'linkedin', 'whatsapp', 'email']);
    const param = (href: string, name: string) => new URL(href).searchParams.get(name);
    expect(param(hrefs.x, 'url')).toBe(url);
    expect(param(hrefs.x, 'text')).toBe(MODEL_HEADLINE);
    expect(param(hrefs.bluesky, 'text')).toBe(`${MODEL_HEADLINE} ${url}`);
    expect(param(hrefs.linkedin, 'url')).toBe(url);
    expect(param(hrefs.whatsapp, 'text')).toBe(`${MODEL_HEADLINE} ${url}`);
    expect(hrefs.email).toBe(
      `mailto:?subject=${encodeURIComponent(MODEL_HEADLINE)}&body=${encodeURIComponent(`${MODEL_HEADLINE} ${url}`)}`,
    );
  });

  test('Mastodon opens the compose page of the instance the reader gives', async ({ page }) => {
    await page.goto(MODEL_BRIEFING);
    await page.evaluate(() => {
      window.open = (target?: string | URL) => {
        document.body.dataset['opened'] = String(target);
        return null;
      };
    });
    const share = page.getByRole('region', { name: 'Share this briefing' });
    await share.getByLabel('Mastodon, on your instance').fill('not an instance');
    await share.getByRole('button', { name: 'Post' }).click();
    await expect(share.getByRole('status').filter({ hasText: 'mastodon.social' })).toBeVisible();
    await share.getByLabel('Mastodon, on your instance').fill('https://Hachyderm.io/');
    await share.getByRole('button', { name: 'Post' }).click();
    const opened = new URL((await page.locator('body').getAttribute('data-opened')) ?? '');
    expect(opened.origin + opened.pathname).toBe('https://hachyderm.io/share');
    expect(opened.searchParams.get('text')).toContain(MODEL_HEADLINE);
  });

  test('“Link copied” is announced, then clears', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.clock.install();
    await page.goto(MODEL_BRIEFING);
    // Where the browser has a share sheet the button opens it; this Chromium has none, so it copies.
    await page.evaluate(() => Object.defineProperty(navigator, 'share', { value: undefined }));
    await page.getByRole('button', { name: 'Share or copy link' }).click();
    const status = page.getByRole('region', { name: 'Share this briefing' }).getByRole('status').first();
    await expect(status).toHaveText('Link copied');
    await page.clock.fastForward(5000);
    await expect(status).toHaveText('');
  });
});

test('the home page’s lead key points carry their chips, each leading to its source on the briefing', async ({
  page,
}) => {
  await page.goto('');
  const points = page.locator('[data-lead-key-points] > li');
  await expect(points).not.toHaveCount(0);
  for (const point of await points.all()) {
    const chip = point.locator('[data-cite] a').first();
    await expect(chip).toHaveAttribute('href', new RegExp(`${MODEL_BRIEFING}#source-[a-z0-9-]+$`));
  }
  await points.first().locator('[data-cite] a').first().click();
  await expect(page).toHaveURL(new RegExp(`${MODEL_BRIEFING}#source-`));
  await expect(page.locator('[role="doc-endnotes"] li:target')).toBeInViewport();
});
