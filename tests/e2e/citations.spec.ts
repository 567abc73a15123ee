import { expect, test } from '@playwright/test';
import { MODEL_BRIEFING } from '../support/site.ts';

test.describe('citations', () => {
  test('every chip links to its numbered source, and every backlink returns to a chip', async ({ page }) => {
    await page.goto(MODEL_BRIEFING);
    const chips = page.locator('a[role="doc-noteref"]');
    expect(await chips.count()).toBeGreaterThan(20);
    for (const chip of await chips.all()) {
      const target = (await chip.getAttribute('href'))?.slice(1) ?? '';
      const entry = page.locator(`li[id="${target}"]`);
      await expect(entry).toHaveCount(1);
      const number = await chip.locator('[data-cite-number]').textContent();
      await expect(entry).toContainText(`${number}.`);
      await expect(chip).toContainText(
        new URL((await entry.locator('a[data-source-link]').getAttribute('href')) ?? '').hostname.replace(/^www\./, ''),
      );
      const chipId = await chip.getAttribute('id');
      await expect(entry.locator(`a[role="doc-backlink"][href="#${chipId}"]`)).toHaveCount(1);
    }
    const backlinks = page.locator('a[role="doc-backlink"]');
    expect(await backlinks.count()).toBe(await chips.count());
  });

  test('following a chip and its backlink returns the reader to the claim', async ({ page }) => {
    await page.goto(MODEL_BRIEFING);
    const chip = page.locator('[data-briefing-body] a[role="doc-noteref"]').nth(3);
    const chipId = await chip.getAttribute('id');
    await chip.click();
    const entry = page.locator('li:target');
    await expect(entry).toBeInViewport();
    await entry.locator(`a[href="#${chipId}"]`).click();
    expect(page.url()).toContain(`#${chipId}`);
    await expect(chip).toBeInViewport();
  });

  test('sources are numbered in order of first citation, key points first', async ({ page }) => {
    await page.goto(MODEL_BRIEFING);
    const firstSeen: string[] = [];
    for (const chip of await page.locator('a[role="doc-noteref"] [data-cite-number]').allTextContents()) {
      if (!firstSeen.includes(chip)) firstSeen.push(chip);
    }
    expect(firstSeen).toEqual(firstSeen.map((_, index) => String(index + 1)));
    await expect(page.locator('[role="doc-endnotes"] ol > li')).toHaveCount(firstSeen.length);
  });

  test('the card shows title, publisher, date and quote on keyboard focus, and Escape hides it', async ({ page }) => {
    await page.goto(MODEL_BRIEFING);
    const chip = page.locator('[data-briefing-body] a[role="doc-noteref"][href="#source-openai-pytorch-2020"]').first();
    const card = page.locator('[data-source-card]');
    await expect(card).toHaveCount(0);
    await chip.focus();
    await expect(card).toBeVisible();
    await expect(card).toContainText('OpenAI → PyTorch');
    await expect(card).toContainText('OpenAI');
    await expect(card).toContainText('January 30, 2020');
    await expect(card).toContainText('We are standardizing OpenAI’s deep learning framework on PyTorch');
    await expect(card.getByRole('link', { name: 'Open the source' })).toHaveAttribute(
      'href',
      'https://openai.com/index/openai-pytorch/',
    );
    await expect(card.getByRole('link', { name: 'All sources' })).toHaveAttribute('href', '#sources-heading');
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
  });

  test('without JavaScript a chip is described by its source’s title', async ({ page }) => {
    await page.goto(MODEL_BRIEFING);
    const chip = page.locator('[data-briefing-body] a[role="doc-noteref"][href="#source-openai-pytorch-2020"]').first();
    await expect(chip).toHaveAccessibleDescription('OpenAI → PyTorch');
  });

  test('sources open the original in a new tab without leaking the opener', async ({ page }) => {
    await page.goto(MODEL_BRIEFING);
    for (const link of await page.locator('[role="doc-endnotes"] a[target="_blank"]').all()) {
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      expect(await link.getAttribute('href')).toMatch(/^https?:\/\//);
    }
  });
});
