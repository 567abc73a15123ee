import { expect, test } from '@playwright/test';
import { MODEL_BRIEFING, MODEL_QUESTIONS } from '../support/site.ts';

test.use({ javaScriptEnabled: false });

test.describe('with JavaScript off', () => {
  test('the briefing is complete and its links work', async ({ page }) => {
    await page.goto(MODEL_BRIEFING);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Soumith Chintala credited with infrastructure');
    await expect(page.locator('#key-points + ul > li')).toHaveCount(3);
    await expect(page.locator('[data-question] h2')).toHaveText(MODEL_QUESTIONS);
    await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
    await page.locator('[data-briefing-body] a[role="doc-noteref"]').first().click();
    await expect(page.locator('li:target')).toBeInViewport();
    await page.getByRole('navigation', { name: 'In this briefing' }).getByRole('link').nth(2).click();
    await expect(page.getByRole('heading', { name: MODEL_QUESTIONS[2] })).toBeInViewport();
  });

  test('the card still shows on keyboard focus, since it is pure CSS', async ({ page }) => {
    await page.goto(MODEL_BRIEFING);
    const chip = page.locator('[data-briefing-body] a[role="doc-noteref"]').first();
    await chip.focus();
    await expect(page.locator(`[id="${await chip.getAttribute('aria-describedby')}"]`)).toBeVisible();
  });

  test('the copy-link button, which needs JavaScript, is not shown', async ({ page }) => {
    await page.goto(MODEL_BRIEFING);
    await expect(page.getByRole('button', { name: 'Share or copy link' })).toBeHidden();
  });

  test('the home page links to the latest briefing', async ({ page }) => {
    await page.goto('');
    await page.getByRole('link', { name: 'Read the briefing and its sources' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Soumith Chintala credited with infrastructure');
  });

  test('the search page says search needs JavaScript and links to the archive, topics and feeds', async ({ page }) => {
    await page.goto('search/?q=pytorch');
    const note = page.locator('[data-search-needs-script]');
    await expect(note).toContainText('Search runs in your browser and needs JavaScript');
    await expect(note.getByRole('link')).toHaveText(['archive', 'topics', 'RSS feed', 'JSON Feed']);
    await expect(page.getByRole('button', { name: 'Filters', exact: true })).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Filters' })).toBeHidden();
    await note.getByRole('link', { name: 'archive' }).click();
    await expect(page).toHaveURL(/\/archive\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});
