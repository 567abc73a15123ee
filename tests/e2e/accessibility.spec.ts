import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from '../../scripts/lib/page-types.ts';
import { MODEL_BRIEFING } from '../support/site.ts';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility in ${colorScheme} mode`, () => {
    test.use({ colorScheme });
    for (const [name, path] of Object.entries(PAGE_TYPES)) {
      test(`the ${name} page has no axe violations`, async ({ page }) => {
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .analyze();
        expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target).join(', ')}`)).toEqual([]);
      });
    }
  });
}

test('an open citation card has no contrast or ARIA violations', async ({ page }) => {
  await page.goto(MODEL_BRIEFING);
  await page.locator('[data-briefing-body] a[role="doc-noteref"]').first().focus();
  const { violations } = await new AxeBuilder({ page }).include('[data-briefing-body]').analyze();
  expect(violations.map(({ id }) => id)).toEqual([]);
});

test('keyboard users can reach every chip and the skip link comes first', async ({ page }) => {
  await page.goto(MODEL_BRIEFING);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeVisible();
});
