import { expect, test, type Locator } from '@playwright/test';
import { MODEL_BRIEFING, MODEL_QUESTIONS } from '../support/site.ts';

/** Each source a set of chips points to, once, in the order first met. */
async function citedInOrder(chips: Locator): Promise<string[]> {
  const targets = await chips.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return [...new Set(targets)];
}

test.describe('evidence per answer', () => {
  test('each question ends with a line saying, in words, how many sources and publishers its answer rests on', async ({
    page,
  }) => {
    await page.goto(MODEL_BRIEFING);
    const sections = page.locator('[data-question]');
    await expect(sections).toHaveCount(MODEL_QUESTIONS.length);
    for (const section of await sections.all()) {
      const evidence = section.locator('[data-evidence]');
      await expect(evidence).toBeVisible();
      const cited = await citedInOrder(section.locator('a[role="doc-noteref"]'));
      await expect(evidence).toContainText(
        new RegExp(`^Rests on ${cited.length} sources? from (one publisher|\\d+ publishers): `),
      );
      await expect(evidence.getByRole('link')).toHaveCount(0);
    }
    await expect(sections.first().locator('[data-evidence]')).toContainText(
      'Rests on 4 sources from 3 publishers: soumith.ch, indiatoday.in, pytorch.org.',
    );
  });

  test('only the answer resting on one publisher says so, and explains why on focus', async ({ page }) => {
    await page.goto(MODEL_BRIEFING);
    const marks = page.locator('[data-question]').filter({ has: page.locator('[data-single-source]') });
    await expect(marks).toHaveCount(1);
    await expect(marks.locator('h2')).toHaveText(MODEL_QUESTIONS[2]);
    await expect(marks.locator('[data-evidence]')).toContainText('from one publisher: openai.com');
    const mark = marks.locator('[data-single-source]');
    await expect(mark).toHaveText('One publisher only');
    const why = page.getByRole('tooltip');
    await expect(why).toBeHidden();
    await mark.focus();
    await expect(why).toBeVisible();
    await expect(mark).toHaveAccessibleDescription(/no independent source confirms this answer/);
  });
});

test.describe('coverage and source kinds', () => {
  test('the Sources list says how many sources, publishers and primary sources there are', async ({ page }) => {
    await page.goto(MODEL_BRIEFING);
    await expect(page.locator('[data-coverage]')).toHaveText('13 sources from 8 publishers · 7 primary');
  });

  test('every source shows its kind, in the Sources list and in its card', async ({ page }) => {
    await page.goto(MODEL_BRIEFING);
    const entries = page.locator('[role="doc-endnotes"] ol > li');
    await expect(entries.locator('[data-source-kind]')).toHaveCount(13);
    await expect(page.locator('#source-bhakodia-x-post [data-source-kind]')).toHaveText('Social');
    await expect(page.locator('#source-anthropic-careers [data-source-kind]')).toHaveText('Official');
    const chip = page.locator('[data-briefing-body] a[href="#source-openai-pytorch-2020"]').first();
    await chip.focus();
    await expect(page.locator('[data-source-card] [data-source-kind]')).toHaveText('Primary');
  });
});
