import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { parsePage } from '../support/built-site.ts';
import { publishedSite } from '../support/published-site.ts';
import {
  MODEL_BRIEFING,
  MODEL_FIRST_SENTENCES,
  MODEL_QUESTION_IDS,
  MODEL_QUESTIONS,
  MODEL_HEADLINE,
} from '../support/site.ts';

const QUESTION = MODEL_QUESTIONS[1];
const QUESTION_ID = MODEL_QUESTION_IDS[1] ?? '';
const QUESTION_PAGE = `${MODEL_BRIEFING}q/${QUESTION_ID}/`;

const shareButton = (page: Page) => page.getByRole('button', { name: `Share question: ${QUESTION}` });
const statusBeside = (page: Page) => page.locator(`[data-question="${QUESTION_ID}"] [data-copy-status]`);

test.describe('sharing one question', () => {
  test('every question has a share control beside its anchor link', async ({ page }) => {
    await page.goto(MODEL_BRIEFING);
    for (const question of MODEL_QUESTIONS) {
      const heading = page.locator('[data-question-heading]').filter({ hasText: question });
      await expect(heading.locator('[data-heading-anchor] + * button')).toHaveAccessibleName(
        `Share question: ${question}`,
      );
    }
  });

  test('without the Web Share API, the control copies the question’s absolute URL and says so', async ({
    page,
    context,
    baseURL,
  }, testInfo) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => delete (Navigator.prototype as Partial<Navigator>).share);
    await page.goto(MODEL_BRIEFING);
    await shareButton(page).click();
    await expect(statusBeside(page)).toHaveText('Link copied');
    await expect(statusBeside(page)).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(publishedSite(testInfo, baseURL).published(QUESTION_PAGE));
  });

  test('with the Web Share API, the control opens the share sheet with the question and its URL', async ({
    page,
    baseURL,
  }, testInfo) => {
    await page.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.assign(window, { shared });
      Navigator.prototype.share = async (data?: ShareData) => void shared.push(data ?? {});
    });
    await page.goto(MODEL_BRIEFING);
    await shareButton(page).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared))
      .toEqual([{ title: QUESTION, url: publishedSite(testInfo, baseURL).published(QUESTION_PAGE) }]);
  });

  test('the question’s page shows the briefing’s headline, the question and a link on to the whole briefing', async ({
    request,
    baseURL,
  }) => {
    const page = parsePage(await (await request.get(QUESTION_PAGE)).text());
    expect(page.text('h1')).toEqual([QUESTION]);
    expect(page.text('main [data-briefing-headline]')).toEqual([MODEL_HEADLINE]);
    const briefing = new URL(MODEL_BRIEFING, baseURL).pathname;
    expect(page.attribute('main [data-read-briefing]', 'href')).toEqual([briefing]);
    expect(page.attribute('meta[http-equiv="refresh"]', 'content')).toEqual([]);
  });

  for (const width of [375, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`at ${width} px in ${colorScheme} mode, the question’s page shows the whole answer, its sources and working chips`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme });
        await page.goto(MODEL_BRIEFING);
        const section = (on: Page) => on.locator(`[data-question="${QUESTION_ID}"]`);
        const briefingParagraphs = await section(page).locator('p').allTextContents();
        const briefingNumbers = await section(page).locator('a[role="doc-noteref"] [data-cite-number]').allInnerTexts();
        expect(briefingParagraphs.length).toBeGreaterThan(1);

        await page.goto(QUESTION_PAGE);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(QUESTION);
        expect(await section(page).locator('p').allTextContents()).toEqual(briefingParagraphs);
        const chips = section(page).locator('a[role="doc-noteref"]');
        await expect(chips.locator('[data-cite-number]')).toHaveText(briefingNumbers);

        // Every chip leads to an entry of the page's own Sources list, numbered as on the briefing page.
        const sources = page.locator('[role="doc-endnotes"] .source-list > li');
        for (const chip of await chips.all()) {
          const target = page.locator(String(await chip.getAttribute('href')));
          await expect(target).toHaveCount(1);
          await expect(target.locator('.source-number')).toHaveText(
            `${await chip.locator('[data-cite-number]').innerText()}.`,
          );
        }
        const numbers = (await sources.locator('.source-number').allInnerTexts()).map((n) => n.replace('.', ''));
        expect(numbers).toEqual([...new Set(briefingNumbers)].sort((a, b) => Number(a) - Number(b)));
        // And every entry links back to a chip on this page.
        for (const backlink of await sources.locator('a[role="doc-backlink"]').all()) {
          await expect(page.locator(String(await backlink.getAttribute('href')))).toHaveCount(1);
        }
        await expect(page.getByRole('link', { name: 'Read the whole briefing' })).toBeVisible();
      });
    }
  }

  test('following a chip on the question’s page shows its source’s entry', async ({ page }) => {
    await page.goto(QUESTION_PAGE);
    const chip = page.locator(`[data-question="${QUESTION_ID}"] a[role="doc-noteref"]`).first();
    const href = String(await chip.getAttribute('href'));
    await page.evaluate((target) => (location.hash = target), href);
    await expect(page.locator(href)).toBeInViewport();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the question’s page has no axe violations in ${colorScheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(QUESTION_PAGE);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(QUESTION);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map(({ id }) => id)).toEqual([]);
    });
  }

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });

    test('a shared question link shows the question and its answer', async ({ page }) => {
      await page.goto(QUESTION_PAGE);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(QUESTION);
      await expect(page.locator(`[data-question="${QUESTION_ID}"] p`).first()).toContainText(
        MODEL_FIRST_SENTENCES[1] ?? '',
      );
    });

    test('the share controls, which need JavaScript, are not shown', async ({ page }) => {
      await page.goto(MODEL_BRIEFING);
      await expect(page.getByRole('button', { name: /^Share question/ })).toHaveCount(0);
    });
  });
});
