import { expect, test } from '@playwright/test';
import { MODEL_BRIEFING, MODEL_HEADLINE } from '../support/site.ts';

test('the briefing’s NewsArticle is readable in the page, cites its Sources list, and trips no CSP report', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(MODEL_BRIEFING);
  const article = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '');
  expect(article).toMatchObject({ '@type': 'NewsArticle', headline: MODEL_HEADLINE, datePublished: '2026-05-23' });
  const listed = await page
    .locator('[role="doc-endnotes"] a[data-source-link]')
    .evaluateAll((links) =>
      links.map((link) => ({ name: link.firstChild?.textContent, url: link.getAttribute('href') })),
    );
  expect(article.citation.map(({ name, url }: { name: string; url: string }) => ({ name, url }))).toEqual(listed);
  expect(violations).toEqual([]);
});
