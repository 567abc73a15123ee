import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { MODEL_BRIEFING, MODEL_QUESTIONS } from '../support/site.ts';

const box = (page: Page) => page.getByRole('combobox', { name: 'Search briefings' });
const options = (page: Page) => page.getByRole('listbox', { name: 'Search results' }).getByRole('option');

test('a briefing page fetches no search code or index until the reader reaches for search', async ({ page }) => {
  const searchRequests: string[] = [];
  page.on('request', (request) => {
    if (/\/pagefind\/|\/search-[a-z]+\.[\w-]+\.js/.test(request.url())) searchRequests.push(request.url());
  });
  await page.goto(MODEL_BRIEFING);
  await page.waitForLoadState('networkidle');
  expect(searchRequests).toEqual([]);

  const pagefind = page.waitForRequest(/\/pagefind\/pagefind\.js$/);
  await box(page).hover();
  await pagefind;
});

test('/ focuses the search box on any page; results appear as you type; arrows and Enter open one', async ({
  page,
}) => {
  await page.goto('');
  await page.keyboard.press('/');
  await expect(box(page)).toBeFocused();
  await page.keyboard.type('triton');
  await expect(options(page).first()).toBeVisible();
  await expect(box(page)).toHaveAttribute('aria-expanded', 'true');

  await page.keyboard.press('ArrowDown');
  const first = options(page).first();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(box(page)).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id')) ?? '');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${MODEL_BRIEFING}\\?pagefind-highlight=Triton$`));
});

test('arrow keys reach a matching question, and Enter opens the briefing at that question', async ({ page }) => {
  await page.goto('');
  await page.keyboard.press('/');
  await page.keyboard.type('triton');
  const question = options(page).filter({ hasText: MODEL_QUESTIONS[2] });
  await expect(question).toBeVisible();
  for (let presses = 0; presses < 10 && (await question.getAttribute('aria-selected')) !== 'true'; presses++) {
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#is-there-direct-evidence/);
  await expect(page.getByRole('heading', { level: 2, name: MODEL_QUESTIONS[2] })).toBeInViewport();
});

test('Ctrl+K opens search even from a text field, and Escape closes the list but keeps the words', async ({ page }) => {
  await page.goto('search/');
  await page.getByRole('searchbox', { name: 'Search every briefing' }).focus();
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('searchbox', { name: 'Search every briefing' })).toBeFocused();

  await page.goto(MODEL_BRIEFING);
  await page.keyboard.press('Control+k');
  await expect(box(page)).toBeFocused();
  await page.keyboard.type('pytorch');
  await expect(options(page).first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(box(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(options(page).first()).toBeHidden();
  await expect(box(page)).toHaveValue('pytorch');
});

test('Enter without choosing a result opens the search page with the words', async ({ page }) => {
  await page.goto(MODEL_BRIEFING);
  await box(page).fill('triton');
  await box(page).press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=triton$/);
  await expect(page.locator('[data-search-result]').first()).toBeVisible();
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 740 } });
  test('the box shows no "/" key, which a touch screen does not have', async ({ page }) => {
    await page.goto(MODEL_BRIEFING);
    await expect(box(page)).toBeVisible();
    await expect(page.locator('[data-search-box] kbd')).toBeHidden();
  });
});

test('with a mouse and keyboard the box shows its "/" shortcut', async ({ page }) => {
  await page.goto(MODEL_BRIEFING);
  await expect(page.locator('[data-search-box] kbd')).toHaveText('/');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`the open search box in ${colorScheme} mode`, () => {
    test.use({ colorScheme });
    test('has no axe violations', async ({ page }) => {
      await page.goto(MODEL_BRIEFING);
      await box(page).fill('pytorch');
      await expect(options(page).first()).toBeVisible();
      await page.keyboard.press('ArrowDown');
      const { violations } = await new AxeBuilder({ page }).include('[data-search-box]').analyze();
      expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target).join(', ')}`)).toEqual([]);
    });
  });
}
