import { expect, test, type Locator } from '@playwright/test';

const fontSize = (locator: Locator) => locator.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));

for (const width of [375, 1280]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`the home page at ${width} px in ${colorScheme} mode`, () => {
      test.use({ viewport: { width, height: 900 }, colorScheme });

      test('lists recent briefings under their days, newest day first, each led by a larger headline', async ({
        page,
      }) => {
        await page.goto('');
        const river = page.locator('section[aria-labelledby="recent"]');
        const days = river.locator('[data-river-day]');
        const dates = await days.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-river-day') ?? ''));
        expect(dates.length).toBeGreaterThan(1);
        expect(dates).toEqual([...new Set(dates)].sort().reverse());
        const headings = river.getByRole('heading', { level: 3 });
        await expect(headings).toHaveCount(dates.length);
        for (const [index, date] of dates.entries()) {
          const day = days.nth(index);
          const heading = day.getByRole('heading', { level: 3 });
          await expect(heading.locator('time')).toHaveAttribute('datetime', date);
          const shown = new Date(`${date}T00:00:00Z`).toLocaleDateString('en', { dateStyle: 'full', timeZone: 'UTC' });
          await expect(heading).toHaveText(shown);
          const lead = day.locator('[data-river-item="lead"]');
          await expect(lead).toHaveCount(1);
          const leadSize = await fontSize(lead);
          expect(leadSize).toBeGreaterThan(await fontSize(heading));
          for (const other of await day.locator('[data-river-item="more"] h4').all()) {
            expect(leadSize).toBeGreaterThan(await fontSize(other));
          }
          const dek = lead.locator('+ p');
          if ((await dek.count()) > 0) expect(leadSize).toBeGreaterThan(await fontSize(dek));
        }
        // The lead briefing at the top is not listed again below it.
        const leadHref = await page.locator('#lead-title a').getAttribute('href');
        await expect(river.locator(`a[href="${leadHref}"]`)).toHaveCount(0);
      });

      test('offers every topic with its count, each leading to that topic’s page', async ({ page }) => {
        await page.goto('');
        const topics = page.getByRole('navigation', { name: 'Topics' }).getByRole('link');
        const links = await topics.evaluateAll((nodes) =>
          nodes.map((node) => ({
            href: node.getAttribute('href') ?? '',
            name: node.getAttribute('data-topic-link') ?? '',
            count: Number(node.querySelector('[aria-hidden]')?.textContent),
          })),
        );
        expect(links.length).toBeGreaterThan(1);
        for (const { href, count } of links) {
          const response = await page.request.get(href);
          expect(response.status()).toBe(200);
          const html = await response.text();
          expect(html.match(/data-briefing-summary=/g)?.length).toBe(count);
        }
        await topics.first().click();
        await expect(page).toHaveURL(new RegExp(`topics/${links[0]?.name}/$`));
      });
    });
  }
}
