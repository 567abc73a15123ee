import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { parsePage, textOf } from '../support/built-site.ts';
import { publishedSite } from '../support/published-site.ts';
import { MODEL_BRIEFING, MODEL_FIRST_SENTENCES, MODEL_QUESTION_IDS, MODEL_QUESTIONS } from '../support/site.ts';

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

  test('a shared question link opens the briefing at that question, highlighted', async ({ page }) => {
    await page.goto(QUESTION_PAGE);
    await expect(page).toHaveURL(new RegExp(`${MODEL_BRIEFING}#${QUESTION_ID}$`));
    await expect(page.getByRole('heading', { level: 2, name: QUESTION })).toBeInViewport();
    await expect(page.locator(`[data-question="${QUESTION_ID}"]`)).not.toHaveCSS(
      'background-color',
      'rgba(0, 0, 0, 0)',
    );
  });

  test('the question’s page shows the question, its first sentence and a link on to the answer', async ({
    request,
    baseURL,
  }) => {
    const page = parsePage(await (await request.get(QUESTION_PAGE)).text());
    expect(page.text('h1')).toEqual([QUESTION]);
    expect(page.text('main')[0]).toContain(MODEL_FIRST_SENTENCES[1]);
    const answer = new URL(MODEL_BRIEFING, baseURL).pathname + `#${QUESTION_ID}`;
    const links = page.all('main a').filter((link) => textOf(link) === 'Read the answer and its sources');
    expect(links.map((link) => link['attributes']?.['href'])).toEqual([answer]);
    expect(page.attribute('meta[http-equiv="refresh"]', 'content')).toEqual([`0; url=${answer}`]);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the question’s page has no axe violations in ${colorScheme} mode`, async ({ page, baseURL }) => {
      // The refresh is taken out so the page stays for axe instead of moving on to the briefing.
      const url = new URL(QUESTION_PAGE, baseURL).href;
      await page.route(url, async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '');
        await route.fulfill({ response, body });
      });
      await page.emulateMedia({ colorScheme });
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(QUESTION);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map(({ id }) => id)).toEqual([]);
    });
  }

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });

    test('a shared question link still lands on the question', async ({ page }) => {
      await page.goto(QUESTION_PAGE);
      await expect(page).toHaveURL(new RegExp(`${MODEL_BRIEFING}#${QUESTION_ID}$`));
      await expect(page.getByRole('heading', { level: 2, name: QUESTION })).toBeInViewport();
    });

    test('the share controls, which need JavaScript, are not shown', async ({ page }) => {
      await page.goto(MODEL_BRIEFING);
      await expect(page.getByRole('button', { name: /^Share question/ })).toHaveCount(0);
    });
  });
});
