import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { publishedBriefings } from '../support/content.ts';
import { MODEL_BRIEFING, MODEL_QUESTIONS } from '../support/site.ts';

const briefings = publishedBriefings();
const titleOf = (slug: string) => briefings.find(({ file }) => file.includes(slug))?.title ?? '';
const modelTitle = titleOf('soumith-chintala-infrastructure');

const results = (page: Page) => page.locator('[data-search-result]');
const resultFor = (page: Page, title: string) =>
  results(page).filter({ has: page.getByRole('heading', { name: title, exact: true }) });
const status = (page: Page) => page.locator('[data-search-page] [role="status"]');

test.describe('the search page', () => {
  test('opens with the results of the search in its URL', async ({ page }) => {
    await page.goto('search/?q=pytorch');
    await expect(page.getByRole('searchbox', { name: 'Search every briefing' })).toHaveValue('pytorch');
    await expect(status(page)).toHaveText(/^\d+ briefings? match(es)? “pytorch”\.$/);
    await expect(resultFor(page, modelTitle)).toBeVisible();
    await expect(resultFor(page, modelTitle).locator('time')).toHaveAttribute('datetime', '2026-05-23');
  });

  test('a word from one question lists that question, and its link opens the question with the word highlighted', async ({
    page,
  }) => {
    await page.goto('search/?q=triton');
    const questions = resultFor(page, modelTitle).getByRole('list', { name: 'Matching questions' }).getByRole('link');
    await expect(questions).toHaveText([MODEL_QUESTIONS[2]]);
    await questions.first().click();
    await expect(page).toHaveURL(/pagefind-highlight=Triton#is-there-direct-evidence/);
    const heading = page.getByRole('heading', { level: 2, name: MODEL_QUESTIONS[2] });
    await expect(heading).toBeInViewport();
    const id = await heading.getAttribute('id');
    await expect(page.locator(`[data-question="${id}"] mark.pagefind-highlight`)).toHaveText(['Triton']);
    await expect(page.locator('mark.pagefind-highlight')).toHaveCount(1);
  });

  test('a result opens its briefing with the words the search matched highlighted, as the briefing spells them', async ({
    page,
  }) => {
    // Pagefind finds "open-source" and "open-sources" for "opensource"; the typed word is in no briefing.
    await page.goto('search/?q=opensource');
    const title = titleOf('tensorflow-open-sourced');
    await resultFor(page, title).getByRole('link', { name: title }).click();
    await expect(page).toHaveURL(/pagefind-highlight=open-sources?(&|$)/);
    const marks = page.locator('[data-briefing-body] mark.pagefind-highlight');
    await expect(marks.first()).toBeVisible();
    const words = await marks.allTextContents();
    expect(words.map((word) => word.toLowerCase())).toContain('open-source');
  });

  test('typing searches as you go and keeps the search in the URL', async ({ page }) => {
    await page.goto('search/');
    await page.getByRole('searchbox', { name: 'Search every briefing' }).pressSequentially('triton');
    await expect(resultFor(page, modelTitle)).toBeVisible();
    await expect(page).toHaveURL(/\/search\/\?q=triton$/);
  });

  test('a topic filter shows how many briefings it has and narrows the results to them, and Back undoes it', async ({
    page,
  }) => {
    const counts = new Map<string, number>();
    for (const name of briefings.flatMap(({ topicNames }) => topicNames)) counts.set(name, (counts.get(name) ?? 0) + 1);
    const [topic = '', count = 0] = [...counts].sort(([a, x], [b, y]) => x - y || a.localeCompare(b))[0] ?? [];
    const expected = briefings
      .filter(({ topicNames }) => topicNames.includes(topic))
      .sort((a, b) => b.date.localeCompare(a.date))
      .map(({ title }) => title);

    await page.goto('search/');
    await page.getByRole('button', { name: 'Show the filters' }).click();
    const topics = page.getByRole('group', { name: 'Topic' });
    const option = topics.locator('label').filter({ has: page.getByText(topic, { exact: true }) });
    await expect(option.locator('[data-filter-count]')).toHaveText(String(count));
    await option.getByRole('checkbox').check();
    await expect(page).toHaveURL(new RegExp(`[?&]topic=${encodeURIComponent(topic).replaceAll('%20', '\\+')}`));
    await expect(results(page).getByRole('heading')).toHaveText(expected);
    await expect(status(page)).toHaveText(
      `${count} ${count === 1 ? 'briefing matches' : 'briefings match'} these filters.`,
    );

    await page.goBack();
    await expect(option.getByRole('checkbox')).not.toBeChecked();
    await expect(results(page)).toHaveCount(0);
  });

  test('newest first orders the results by date, and the URL keeps the order', async ({ page }) => {
    await page.goto('search/?q=pytorch');
    await expect(resultFor(page, modelTitle)).toBeVisible();
    await page.getByRole('radio', { name: 'Newest first' }).check();
    await expect(page).toHaveURL(/sort=newest/);
    await expect(page.getByRole('radio', { name: 'Newest first' })).toBeChecked();
    // The address changes as soon as the order is chosen; the results follow once searched again.
    const dates = () =>
      results(page)
        .locator('time')
        .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    await expect
      .poll(async () => {
        const shown = await dates();
        return shown.length > 1 && shown.join() === [...shown].sort().reverse().join();
      })
      .toBe(true);
    await page.reload();
    await expect(page.getByRole('radio', { name: 'Newest first' })).toBeChecked();
  });
});

test.describe('when search cannot answer', () => {
  test('a search with no results says so and suggests what to try', async ({ page }) => {
    await page.goto('search/?q=zyxwvutsrqp');
    await expect(status(page)).toHaveText('No briefings match “zyxwvutsrqp”.');
    await expect(page.getByText('Try other words, or fewer words.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Clear the filters' })).toBeHidden();
  });

  test('a site without an index (the dev server) says how to build one', async ({ page }) => {
    await page.route('**/pagefind/pagefind.js', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.goto('search/?q=pytorch');
    await expect(status(page)).toContainText('Search works on the built site: run “npm run build”');
  });

  test('an index that fails to load says so', async ({ page }) => {
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto('search/?q=pytorch');
    await expect(status(page)).toHaveText('Search could not load. Check your connection and reload the page.');
  });
});

test('search runs under the site’s Content Security Policy without violations', async ({ page }) => {
  const messages: string[] = [];
  page.on('console', (message) => messages.push(message.text()));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto('search/?q=triton');
  await expect(resultFor(page, modelTitle)).toBeVisible();
  await page.goto(`${MODEL_BRIEFING}?pagefind-highlight=triton`);
  await expect(page.locator('mark.pagefind-highlight')).toHaveText(['Triton']);
  expect(messages.filter((text) => /Content Security Policy|Refused to/i.test(text))).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`the search page in ${colorScheme} mode`, () => {
    test.use({ colorScheme });
    test('has no axe violations with results and a filter on', async ({ page }) => {
      await page.goto('search/?q=pytorch');
      await expect(resultFor(page, modelTitle)).toBeVisible();
      await page.getByRole('group', { name: 'Year' }).getByRole('checkbox').first().check();
      await expect(page).toHaveURL(/year=/);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target).join(', ')}`)).toEqual([]);
    });
  });
}
