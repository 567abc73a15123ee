import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { CORRECTED_BRIEFING } from '../support/site.ts';

test.describe('a corrected briefing', () => {
  test('shows its dated correction at the end, linked from a marker by the date', async ({ page }) => {
    await page.goto(CORRECTED_BRIEFING);
    const corrections = page.getByRole('region', { name: 'Corrections' });
    await expect(corrections).toContainText(
      'May 22, 2026: An earlier version gave the conference dates as October 21-22; they are October 20-21.',
    );
    await expect(corrections.locator('time')).toHaveAttribute('datetime', '2026-05-22');
    await page.locator('article header [data-corrections-marker]').click();
    await expect(corrections).toBeInViewport();
  });

  test('its update date follows the correction', async ({ page }) => {
    await page.goto(CORRECTED_BRIEFING);
    const header = page.locator('article header');
    await expect(header).toContainText('May 20, 2026');
    await expect(header.getByText('Updated')).toHaveText('Updated May 22, 2026');
  });

  test('an archived copy is offered, and a quote link keeps the page’s own #fragment', async ({ page }) => {
    await page.goto(CORRECTED_BRIEFING);
    const entry = page.locator('#source-conference-page');
    await expect(entry.locator('[data-archived-link]')).toHaveAttribute(
      'href',
      'https://web.archive.org/web/2026/https://events.example/conference',
    );
    await expect(entry.locator('[data-quote-link]')).toHaveAttribute(
      'href',
      'https://events.example/conference#venue:~:text=Research%20%26%20production%2C%20together%3A%20Oct%2020%2D21',
    );
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no axe violations in ${colorScheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(CORRECTED_BRIEFING);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target).join(', ')}`)).toEqual([]);
    });
  }
});
