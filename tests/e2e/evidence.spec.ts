import { expect, test, type Locator } from '@playwright/test';
import { MODEL_BRIEFING, MODEL_QUESTIONS } from '../support/site.ts';

/** Each source a set of chips points to, once, in the order first met. */
async function citedInOrder(chips: Locator): Promise<string[]> {
  const targets = await chips.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return [...new Set(targets)];
}

test.describe('evidence per answer', () => {
  test('each question ends with its own evidence line, matching the chips in its paragraphs', async ({ page }) => {
    await page.goto(MODEL_BRIEFING);
    const sections = page.locator('[data-question]');
    await expect(sections).toHaveCount(MODEL_QUESTIONS.length);
    for (const section of await sections.all()) {
      const evidence = section.locator('[data-evidence]');
      await expect(evidence).toBeVisible();
      const cited = await citedInOrder(section.locator('a[role="doc-noteref"]'));
      const shown = await citedInOrder(evidence.locator('a'));
      expect(shown).toEqual(cited);
      for (const target of cited) {
        const chip = section.locator(`a[role="doc-noteref"][href="${target}"]`).first();
        await expect(evidence.locator(`a[href="${target}"]`)).toHaveText((await chip.textContent()) ?? '');
      }
    }
  });

  test('an evidence chip opens its entry in the Sources list', async ({ page }) => {
    await page.goto(MODEL_BRIEFING);
    await page.locator('[data-evidence] a[href="#source-gpt-oss-model-card-2025"]').click();
    await expect(page.locator('li:target')).toHaveId('source-gpt-oss-model-card-2025');
  });

  test('only the answer resting on one publisher is marked "single source"', async ({ page }) => {
    await page.goto(MODEL_BRIEFING);
    const marks = page.locator('[data-question]').filter({ has: page.locator('[data-single-source]') });
    await expect(marks).toHaveCount(1);
    await expect(marks.locator('h2')).toHaveText(MODEL_QUESTIONS[2]);
    await expect(marks.locator('[data-single-source]')).toHaveText('single source');
  });

  test('each question carries its cited domains as search metadata', async ({ page }) => {
    await page.goto(MODEL_BRIEFING);
    const heading = page.getByRole('heading', { level: 2, name: MODEL_QUESTIONS[2], exact: true });
    const id = await heading.getAttribute('id');
    await expect(page.locator(`[data-question="${id}"] [data-evidence]`)).toHaveAttribute(
      'data-pagefind-meta',
      `sources-${id}:openai.com, cdn.openai.com`,
    );
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
    const card = page.locator(`[id="${await chip.getAttribute('aria-describedby')}"]`);
    await expect(card.locator('[data-source-kind]')).toHaveText('Primary');
  });
});
