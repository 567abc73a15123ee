import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { CORRECTED_BRIEFING } from '../support/site.ts';

const endpoint = () => String(test.info().project.metadata['signupEndpoint']);

test('the Corrections page lists every correction, newest first, each linking to its place in its briefing', async ({
  page,
}) => {
  await page.goto('corrections/');
  const entries = page.locator('[data-corrections-log] > li');
  await expect(entries).toHaveCount(3);
  expect(await entries.evaluateAll((all) => all.map((entry) => entry.getAttribute('data-correction')))).toEqual([
    '2026-05-24',
    '2026-05-22',
    '2026-05-21',
  ]);
  await expect(entries.nth(1)).toContainText('A corrected briefing');
  await expect(entries.nth(1)).toContainText('they are October 20-21.');
  await entries.nth(1).getByRole('link', { name: 'A corrected briefing' }).click();
  await expect(page).toHaveURL(new RegExp(`${CORRECTED_BRIEFING}#correction-1$`));
  await expect(page.locator('#correction-1')).toContainText('May 22, 2026');
  await expect(page.locator('#correction-1')).toBeInViewport();
});

test('the sign-up form posts the reader’s address to the configured endpoint, which the policy’s form-action allows', async ({
  page,
}) => {
  await page.goto(CORRECTED_BRIEFING);
  const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(policy?.split(';')).toContain(`form-action 'self' ${new URL(endpoint()).origin}`);
  const posted: { url: string; body: string | null }[] = [];
  await page.route(endpoint(), async (route) => {
    posted.push({ url: route.request().url(), body: route.request().postData() });
    await route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Thanks</title><p>Thanks</p>' });
  });
  const subscribe = page.getByRole('complementary', { name: 'Never miss a briefing' });
  await expect(subscribe.getByRole('link', { name: 'RSS' })).toBeVisible();
  await subscribe.getByRole('textbox').fill('reader@example.com');
  await subscribe.getByRole('button', { name: 'Sign up' }).click();
  await expect.poll(() => posted).toEqual([{ url: endpoint(), body: 'email=reader%40example.com' }]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the Corrections page and the sign-up form have no axe violations in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    for (const path of ['corrections/', CORRECTED_BRIEFING]) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target).join(', ')}`)).toEqual([]);
    }
  });
}
