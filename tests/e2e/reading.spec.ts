import { expect, test, type Page } from '@playwright/test';
import { PAGE_TYPES, READING_WIDTHS } from '../../scripts/lib/page-types.ts';
import { MODEL_BRIEFING } from '../support/site.ts';

/** The longest line a briefing's paragraphs may hold, in characters. */
const MAX_MEASURE = 75;

/** What a page looks like to a reader at one width: overflow, chips at line starts, twin chips, measure. */
async function readingProblems(page: Page): Promise<string[]> {
  return page.evaluate((maxMeasure) => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth)
      problems.push(`scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    const lineOf = (rect: DOMRect) => rect.top + rect.height / 2;
    for (const chip of document.querySelectorAll<HTMLElement>('[data-briefing-body] [data-cite], [data-cite]')) {
      // The last character before the chip must sit on the chip's line.
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      walker.currentNode = chip;
      let text: Node | null = walker.previousNode();
      while (text && !/\S/.test(text.textContent ?? '')) text = walker.previousNode();
      // A chip after another chip may open a line only when their run is wider than the line itself.
      if (!text || text.parentElement?.closest('[data-cite]')) continue;
      const content = text.textContent ?? '';
      const last = content.search(/\S\s*$/);
      const range = document.createRange();
      range.setStart(text, last);
      range.setEnd(text, last + 1);
      const before = range.getClientRects()[0];
      const first = chip.getClientRects()[0];
      if (before && first && Math.abs(lineOf(before) - lineOf(first)) > first.height) {
        problems.push(`chip starts a line: "${chip.textContent}"`);
      }
      const next = chip.nextElementSibling;
      const between = next ? chip.nextSibling?.textContent : '';
      const host = (el: Element | null) => el?.querySelector('[data-cite-host]')?.textContent;
      if (next?.matches('[data-cite]') && !/\S/.test(between ?? '') && host(next) === host(chip)) {
        problems.push(`two chips show ${host(chip)} side by side`);
      }
    }
    // The measure: the most characters of running text on one line, counted from where each falls.
    const paragraphs = [...document.querySelectorAll<HTMLElement>('[data-briefing-body] p:not([data-evidence])')];
    for (const paragraph of paragraphs.filter((p) => (p.textContent?.length ?? 0) > 300).slice(0, 3)) {
      const lines = new Map<number, number>();
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest('[data-cite]')) continue;
        for (let i = 0; i < (node.textContent?.length ?? 0); i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (rect) lines.set(Math.round(rect.bottom), (lines.get(Math.round(rect.bottom)) ?? 0) + 1);
        }
      }
      const longest = Math.max(...lines.values());
      if (longest > maxMeasure) problems.push(`a line holds ${longest} characters`);
    }
    return [...new Set(problems)];
  }, MAX_MEASURE);
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of READING_WIDTHS) {
    test.describe(`reading at ${width} px in ${colorScheme} mode`, () => {
      test.use({ colorScheme, viewport: { width, height: 800 }, hasTouch: width < 768 });

      test('no page scrolls sideways, no chip starts a line or repeats its neighbour’s domain, and lines stay short', async ({
        page,
      }) => {
        const found: string[] = [];
        for (const [name, path] of Object.entries(PAGE_TYPES)) {
          await page.goto(path);
          await page.evaluate(() => document.fonts.ready);
          found.push(...(await readingProblems(page)).map((problem) => `${name}: ${problem}`));
        }
        expect(found).toEqual([]);
      });

      test('a source card opened from the chip nearest the right edge lies inside the viewport', async ({ page }) => {
        await page.goto(MODEL_BRIEFING);
        const chips = page.locator('[data-briefing-body] a[role="doc-noteref"]');
        const rights = await chips.evaluateAll((links) => links.map((link) => link.getBoundingClientRect().right));
        const chip = chips.nth(rights.indexOf(Math.max(...rights)));
        await chip.scrollIntoViewIfNeeded();
        if (width < 768) await chip.tap();
        else await chip.focus();
        const card = page.locator(width < 768 ? 'dialog[data-sheet]' : '[data-source-card]');
        await expect(card).toBeVisible();
        const box = await card.boundingBox();
        const viewport = await page.evaluate(() => ({
          width: document.documentElement.clientWidth,
          height: innerHeight,
        }));
        expect(box?.x).toBeGreaterThanOrEqual(0);
        expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(viewport.width);
        expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(viewport.height);
      });

      test(`margin sources are ${width >= 1200 ? 'shown' : 'hidden'} beside the answers`, async ({ page }) => {
        await page.goto(MODEL_BRIEFING);
        const margin = page.locator('[data-margin-sources]').first();
        if (width >= 1200) {
          await expect(margin).toBeVisible();
          const paragraph = margin.locator('xpath=following-sibling::p[1]');
          const [note, text] = [await margin.boundingBox(), await paragraph.boundingBox()];
          expect(note?.x).toBeGreaterThan((text?.x ?? 0) + (text?.width ?? 0));
          expect(Math.abs((note?.y ?? 0) - (text?.y ?? 0))).toBeLessThan(8);
        } else {
          await expect(margin).toBeHidden();
        }
      });
    });
  }
}

test.describe('the source sheet on a touch screen', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true });

  test('a tap opens the sheet instead of jumping; it traps focus, and Escape closes it and returns focus', async ({
    page,
  }) => {
    await page.goto(MODEL_BRIEFING);
    const chip = page.locator('[data-briefing-body] a[href="#source-openai-pytorch-2020"]').first();
    await chip.tap();
    const sheet = page.getByRole('dialog', { name: 'OpenAI → PyTorch' });
    await expect(sheet).toBeVisible();
    expect(new URL(page.url()).hash).toBe('');
    for (const name of ['Open the source', 'See the quote in the original', 'All sources']) {
      await expect(sheet.getByRole('link', { name })).toBeVisible();
    }
    await expect(sheet).toContainText('Primary');
    await expect(sheet).toContainText('January 30, 2020');
    for (let step = 0; step < 6; step++) {
      await page.keyboard.press('Tab');
      expect(await sheet.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
    await expect(chip).toBeFocused();
  });

  test('a tap outside the sheet or on Close shuts it', async ({ page }) => {
    await page.goto(MODEL_BRIEFING);
    const chip = page.locator('[data-briefing-body] a[href="#source-openai-pytorch-2020"]').first();
    const sheet = page.locator('dialog[data-sheet]');
    await chip.tap();
    await expect(sheet).toBeVisible();
    await page.touchscreen.tap(180, 20);
    await expect(sheet).toBeHidden();
    await chip.tap();
    await sheet.getByRole('button', { name: 'Close' }).tap();
    await expect(sheet).toBeHidden();
    await expect(chip).toBeFocused();
  });
});
