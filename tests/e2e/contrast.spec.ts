import { expect, test, type Locator } from '@playwright/test';
import { contrastRatio } from '../support/contrast.ts';
import { MODEL_BRIEFING, MODEL_QUESTION_IDS } from '../support/site.ts';

const style = (locator: Locator, property: string) =>
  locator.evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property);
const pageBackground = (locator: Locator) =>
  locator.page().evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`contrast in ${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test('chips and the search field have edges of at least 3:1 against the page', async ({ page }) => {
      await page.goto(MODEL_BRIEFING);
      const paper = await pageBackground(page.locator('body'));
      const chip = page.locator('[data-briefing-body] [data-cite]').first();
      expect(contrastRatio(await style(chip, 'border-top-color'), paper)).toBeGreaterThanOrEqual(3);
      const field = page.getByRole('combobox', { name: 'Search briefings' });
      expect(contrastRatio(await style(field, 'border-top-color'), paper)).toBeGreaterThanOrEqual(3);
      expect(
        contrastRatio(await style(field, 'border-top-color'), await style(field, 'background-color')),
      ).toBeGreaterThanOrEqual(3);
    });

    test('a question a shared link targets is highlighted, with its text at 7:1 or more', async ({ page }) => {
      await page.goto(`${MODEL_BRIEFING}#${MODEL_QUESTION_IDS[1]}`);
      const section = page.locator(`[data-question="${MODEL_QUESTION_IDS[1]}"]`);
      const highlight = await style(section, 'background-color');
      expect(highlight).not.toBe(await pageBackground(section));
      for (const text of [section.locator('h2'), section.locator('p').first()]) {
        expect(contrastRatio(await style(text, 'color'), highlight)).toBeGreaterThanOrEqual(7);
      }
    });
  });
}
