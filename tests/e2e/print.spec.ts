import { expect, test } from '@playwright/test';
import { MODEL_BRIEFING } from '../support/site.ts';

test.describe('printing a briefing', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(MODEL_BRIEFING);
    // The copy button shows once its script runs; wait, so that hiding it in print means something.
    await expect(page.getByRole('button', { name: 'Share or copy link' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
  });

  test('the Sources list prints each source’s full address', async ({ page }) => {
    const entries = page.locator('[role="doc-endnotes"] ol > li');
    await expect(entries).toHaveCount(13);
    for (const link of await entries.locator('a[data-source-link]').all()) {
      const printed = await link.evaluate((element) => getComputedStyle(element, '::after').content);
      expect(printed).toBe(JSON.stringify(await link.getAttribute('href')));
    }
  });

  test('buttons, anchor links and backlinks are not printed', async ({ page }) => {
    await expect(page.getByRole('button', { name: 'Share or copy link' })).toBeHidden();
    await expect(page.locator('[data-heading-anchor]').first()).toBeHidden();
    await expect(page.locator('a[role="doc-backlink"]').first()).toBeHidden();
    await expect(page.locator('[data-quote-link]').first()).toBeHidden();
  });

  test('navigation, sharing, more briefings and the subscribe box are not printed', async ({ page }) => {
    await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
    await expect(page.getByRole('search')).toBeHidden();
    await expect(page.getByRole('button', { name: /^Share question/ }).first()).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'More briefings' })).toBeHidden();
    await expect(page.getByRole('complementary', { name: 'Never miss a briefing' })).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('[data-evidence]').first()).toBeVisible();
  });

  test('citation chips print as [n]', async ({ page }) => {
    const chip = page.locator('[data-briefing-body] a[role="doc-noteref"]').first();
    await expect(chip.locator('[data-cite-host]')).toBeHidden();
    const brackets = await chip
      .locator('[data-cite-number]')
      .evaluate((number) => [
        getComputedStyle(number, '::before').content,
        getComputedStyle(number, '::after').content,
      ]);
    expect(brackets).toEqual(['"["', '"]"']);
  });
});

test.describe('printing in dark mode', () => {
  test.use({ colorScheme: 'dark' });
  test('prints dark text for white paper', async ({ page }) => {
    await page.goto(MODEL_BRIEFING);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('body')).toHaveCSS('color', 'rgb(28, 25, 23)');
  });
});
