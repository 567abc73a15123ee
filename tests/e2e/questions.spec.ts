import { expect, test } from '@playwright/test';
import { MODEL_BRIEFING, MODEL_QUESTIONS } from '../support/site.ts';

test.describe('question sections', () => {
  test('the model briefing shows its five questions in order, in the body and in "In this briefing"', async ({
    page,
  }) => {
    await page.goto(MODEL_BRIEFING);
    await expect(page.locator('[data-question] h2')).toHaveText(MODEL_QUESTIONS);
    await expect(page.getByRole('navigation', { name: 'In this briefing' }).getByRole('link')).toHaveText(
      MODEL_QUESTIONS,
    );
  });

  test('each "In this briefing" entry jumps to its question, which is highlighted', async ({ page }) => {
    await page.goto(MODEL_BRIEFING);
    const entries = page.getByRole('navigation', { name: 'In this briefing' }).getByRole('link');
    for (const [index, question] of MODEL_QUESTIONS.entries()) {
      await entries.nth(index).click();
      const heading = page.getByRole('heading', { level: 2, name: question, exact: true });
      const id = await heading.getAttribute('id');
      expect(page.url()).toContain(`#${id}`);
      await expect(heading).toBeInViewport();
      const section = page.locator(`[data-question="${id}"]`);
      await expect(section).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
    }
  });

  test('a shared question link opens on that question', async ({ page }) => {
    await page.goto(`${MODEL_BRIEFING}#what-about-claude-and-the-broader-open-source-model-world`);
    await expect(page.getByRole('heading', { name: MODEL_QUESTIONS[3] })).toBeInViewport();
  });

  test('each question has a visible anchor link to itself', async ({ page }) => {
    await page.goto(MODEL_BRIEFING);
    const anchors = page.locator('[data-heading-anchor]');
    await expect(anchors).toHaveCount(5);
    for (const anchor of await anchors.all()) {
      await expect(anchor).toBeVisible();
      const id = (await anchor.getAttribute('href'))?.slice(1);
      await expect(page.locator(`h2[id="${id}"]`)).toHaveCount(1);
    }
  });
});
