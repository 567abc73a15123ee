import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { MODEL_BRIEFING } from '../support/site.ts';

/** The pytorch.org banner quote, long enough to be linked as a start,end range, with "-" and "," in it. */
const BANNER_FRAGMENT = '#:~:text=Join%20us%20at%20PyTorch%20Conference,20%2D21%20%C2%B7%20San%20Jose%2C%20CA';

test.describe('quote links', () => {
  test('a quoted source’s entry links to the original scrolled to the quoted words', async ({ page }) => {
    await page.goto(MODEL_BRIEFING);
    const link = page.locator('#source-pytorch-home [data-quote-link]');
    await expect(link).toHaveAttribute('href', `https://pytorch.org/${BANNER_FRAGMENT}`);
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(page.locator('#source-openai-pytorch-2020 [data-quote-link]')).toHaveAttribute(
      'href',
      'https://openai.com/index/openai-pytorch/#:~:text=We%20are%20standardizing%20OpenAI%E2%80%99s%20deep%20learning%20framework%20on%20PyTorch',
    );
  });

  test('a source without a quote has no quote link', async ({ page }) => {
    await page.goto(MODEL_BRIEFING);
    await expect(page.locator('#source-anthropic-careers [data-quote-link]')).toHaveCount(0);
  });

  test('the card’s quote link is reachable by keyboard from its chip', async ({ page }) => {
    await page.goto(MODEL_BRIEFING);
    const chip = page.locator('[data-briefing-body] a[href="#source-pytorch-home"]').first();
    await chip.focus();
    // The card's code loads on this first focus.
    await expect(page.locator('[data-source-card]')).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.locator('[data-source-card] [data-source-link]')).toBeFocused();
    await page.keyboard.press('Tab');
    const link = page.locator('[data-source-card] [data-quote-link]');
    await expect(link).toBeFocused();
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', `https://pytorch.org/${BANNER_FRAGMENT}`);
    await page.keyboard.press('Escape');
    await expect(link).toBeHidden();
    await expect(chip).toBeFocused();
  });

  test('an open card with a quote link has no axe violations', async ({ page }) => {
    await page.goto(MODEL_BRIEFING);
    await page.locator('[data-briefing-body] a[href="#source-pytorch-home"]').first().focus();
    const { violations } = await new AxeBuilder({ page }).include('[data-briefing-body]').analyze();
    expect(violations.map(({ id }) => id)).toEqual([]);
  });
});
