import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { publishedBriefings } from '../support/content.ts';

const briefings = publishedBriefings();
const results = (page: Page) => page.locator('[data-search-result]');
const status = (page: Page) => page.locator('[data-search-page] [role="status"]');
const chip = (page: Page, name: string) => page.getByRole('button', { name: `Remove filter: ${name}` });
const drawer = (page: Page) => page.getByRole('dialog', { name: 'Filters' });
const filterRequests = (page: Page) => {
  const urls: string[] = [];
  page.on('request', (request) => request.url().includes('/pagefind/filter/') && urls.push(request.url()));
  return urls;
};

/** The topic with the fewest briefings, and the years they were published in. */
function rarestTopic() {
  const counts = new Map<string, number>();
  for (const name of briefings.flatMap(({ topicNames }) => topicNames)) counts.set(name, (counts.get(name) ?? 0) + 1);
  const [topic = ''] = [...counts].sort(([a, x], [b, y]) => x - y || a.localeCompare(b))[0] ?? [];
  const years = briefings.filter(({ topicNames }) => topicNames.includes(topic)).map(({ date }) => date.slice(0, 4));
  return { topic, years: [...new Set(years)].sort().reverse() };
}

async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target).join(', ')}`);
}

test.describe('filters that are on', () => {
  test('show as chips; removing one turns it off, records it in the URL and moves focus to the next chip', async ({
    page,
  }) => {
    await page.goto('search/?q=pytorch&topic=PyTorch&year=2017');
    await expect(chip(page, 'Topic PyTorch')).toBeVisible();
    await expect(chip(page, 'Year 2017')).toBeVisible();
    await expect(status(page)).toHaveText(/match(es)? “pytorch” with 2 filters on\.$/);

    await chip(page, 'Topic PyTorch').click();
    await expect(page).toHaveURL(/\/search\/\?q=pytorch&year=2017$/);
    await expect(chip(page, 'Topic PyTorch')).toHaveCount(0);
    await expect(chip(page, 'Year 2017')).toBeFocused();
    await expect(status(page)).toHaveText(/match(es)? “pytorch” with 1 filter on\.$/);
    await expect(
      page.getByRole('group', { name: 'Topic' }).getByRole('checkbox', { name: 'PyTorch' }),
    ).not.toBeChecked();

    await page.goBack();
    await expect(chip(page, 'Topic PyTorch')).toBeVisible();
  });

  test('Clear all turns every filter off and keeps the words', async ({ page }) => {
    await page.goto('search/?q=pytorch&topic=PyTorch&year=2017');
    await page.getByRole('button', { name: 'Clear all' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=pytorch$/);
    await expect(page.getByRole('group', { name: 'Filters on' })).toBeHidden();
    await expect(status(page)).toHaveText(/^\d+ briefings? match(es)? “pytorch”\.$/);
    await expect(page.getByRole('searchbox', { name: 'Search every briefing' })).toBeFocused();
  });

  test('an empty result names them and offers to clear them, which searches again without them', async ({ page }) => {
    await page.goto('search/?q=pytorch&topic=PyTorch&year=2015');
    await expect(status(page)).toHaveText('No briefings match “pytorch” with 2 filters on.');
    await expect(page.getByText('Filters on: Topic PyTorch, Year 2015.')).toBeVisible();
    await page.getByRole('button', { name: 'Clear the filters' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=pytorch$/);
    await expect(results(page).first()).toBeVisible();
    await expect(page.getByText('Filters on:')).toBeHidden();
  });
});

test('the filters offer only values some current result has, besides those that are on', async ({ page }) => {
  const { topic, years } = rarestTopic();
  await page.goto(`search/?topic=${encodeURIComponent(topic)}`);
  const yearGroup = page.getByRole('group', { name: 'Year' });
  await expect(yearGroup.locator('input[type="checkbox"]')).toHaveCount(
    new Set(briefings.map(({ date }) => date.slice(0, 4))).size,
  );
  await expect(yearGroup.locator('label:visible')).toHaveText(years.map((year) => new RegExp(`^${year}\\d+$`)));
  await expect(page.getByRole('group', { name: 'Topic' }).getByRole('checkbox', { name: topic })).toBeChecked();
});

test('results appear before the filter values, which load after them', async ({ page }) => {
  let release: (() => void) | undefined;
  const held = new Promise<void>((done) => {
    release = done;
  });
  await page.route('**/pagefind/filter/**', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('search/?q=pytorch');
  await expect(results(page).first()).toBeVisible();
  await expect(page.getByText('Loading filters…')).toBeVisible();
  release?.();
  await expect(page.getByRole('group', { name: 'Topic' }).getByRole('checkbox').first()).toBeVisible();
});

test('before any search the page fetches no filter values until the reader asks for them', async ({ page }) => {
  const requests = filterRequests(page);
  await page.goto('search/');
  await expect(status(page)).toHaveText('Type a word to search every briefing, or pick a filter.');
  await page.waitForLoadState('networkidle');
  expect(requests).toEqual([]);
  await page.getByRole('button', { name: 'Show the filters' }).click();
  await expect(page.getByRole('group', { name: 'Topic' }).getByRole('checkbox').first()).toBeFocused();
  expect(requests.length).toBeGreaterThan(0);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('the filters open in a drawer over the results, which stay where they were', async ({ page }) => {
    const requests = filterRequests(page);
    await page.goto('search/?q=pytorch&year=2017');
    const first = results(page).first();
    await expect(first).toBeInViewport();
    await expect(page.getByRole('group', { name: 'Topic' })).toBeHidden();
    await page.waitForLoadState('networkidle');
    // Only the filter the search uses was fetched: the values of the others wait for the drawer.
    const beforeOpening = requests.length;
    const top = (await first.boundingBox())?.y;

    await page.getByRole('button', { name: 'Filters 1', exact: true }).click();
    await expect(drawer(page)).toBeVisible();
    await expect(drawer(page).getByRole('group', { name: 'Topic' }).getByRole('checkbox').first()).toBeVisible();
    expect(requests.length).toBeGreaterThan(beforeOpening);
    expect((await first.boundingBox())?.y).toBe(top);
    await expect(drawer(page).getByRole('button', { name: 'Close' })).toBeFocused();
  });

  test('focus stays in the drawer, Escape closes it, and focus returns to its button', async ({ page }) => {
    await page.goto('search/?q=pytorch');
    await expect(results(page).first()).toBeVisible();
    const opener = page.getByRole('button', { name: 'Filters', exact: true });
    await opener.click();
    await expect(drawer(page).getByRole('checkbox').first()).toBeVisible();
    for (let presses = 0; presses < 40; presses++) {
      await page.keyboard.press('Tab');
      expect(await drawer(page).evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press('Shift+Tab');
    expect(await drawer(page).evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);

    await page.keyboard.press('Escape');
    await expect(drawer(page)).toBeHidden();
    await expect(opener).toBeFocused();
  });

  test('a value ticked in the drawer shows as a chip and in the button', async ({ page }) => {
    await page.goto('search/?q=pytorch');
    await expect(results(page).first()).toBeVisible();
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    const year = drawer(page).getByRole('group', { name: 'Year' }).getByRole('checkbox').first();
    const value = (await year.getAttribute('value')) ?? '';
    await year.check();
    await expect(page).toHaveURL(new RegExp(`year=${value}`));
    await drawer(page).getByRole('button', { name: 'Close' }).click();
    await expect(chip(page, `Year ${value}`)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Filters 1', exact: true })).toBeFocused();
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`search filters in ${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test('an empty result with filters on has no axe violations', async ({ page }) => {
      await page.goto('search/?q=pytorch&topic=PyTorch&year=2015');
      await expect(page.getByRole('button', { name: 'Clear the filters' })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });

    test('the open drawer on a phone has no axe violations', async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 740 });
      await page.goto('search/?q=pytorch&year=2017');
      await page.getByRole('button', { name: 'Filters 1', exact: true }).click();
      await expect(drawer(page).getByRole('checkbox').first()).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}
