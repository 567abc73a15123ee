import { expect, test } from '@playwright/test';
import { MODEL_BRIEFING } from '../support/site.ts';

test('the copy-link button puts the briefing’s absolute URL on the clipboard and says so', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(MODEL_BRIEFING);
  await page.getByRole('button', { name: 'Share or copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^https?:\/\/[^/]+\/.*briefings\/2026\/05\/23\/soumith-chintala-infrastructure\/$/);
});
