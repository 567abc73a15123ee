/**
 * What two share cards look like, pixel by pixel, against reference images committed in
 * tests/fixtures/share-images/: a change of renderer, fonts or layout that moves anything
 * fails here. After a change made on purpose, look at the new images and commit them:
 * `UPDATE_SHARE_IMAGES=1 npx vitest run tests/unit/share-images/share-image-look.test.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import {
  briefingShareCard,
  questionShareCard,
  readShareTheme,
  type ShareCard,
} from '../../../src/lib/share/share-card.ts';
import { createShareImageRenderer, loadShareFonts } from '../../../src/share-images/share-image.ts';
import { createDrawer } from '../../../src/share-images/share-image-drawing.ts';

const render = createShareImageRenderer(
  createDrawer(loadShareFonts(createRequire(import.meta.url).resolve)),
  readShareTheme(readFileSync('src/styles/tokens.css', 'utf8')),
);
const site = { name: 'Briefing', lang: 'en', tagline: 'Cited answers to the questions behind the news.' };

const CARDS: Record<string, ShareCard> = {
  briefing: briefingShareCard(
    {
      title: 'Google open-sources TensorFlow, its machine learning system',
      date: new Date('2015-11-09'),
      keyPoint:
        'Google released TensorFlow under the Apache 2.0 license [@google-2015], with Python and C++ interfaces.',
    },
    site,
  ),
  // Latin Extended letters, and a headline and sentence long enough to be clamped.
  question: questionShareCard(
    {
      text: 'Why did Łukasz Kaiser and Ilya Sutskever’s colleagues in Zürich and Kraków keep writing papers about sequence models for so many years?',
      firstSentence:
        'Because the models kept getting better at translation, summarisation and parsing, and every improvement opened a new question that the next paper tried to answer, year after year.',
    },
    { title: 'Attention is all you need', date: new Date('2017-06-12') },
    site,
  ),
};

/** RGB pixels of a PNG. */
const pixels = async (png: Buffer) => sharp(png).removeAlpha().raw().toBuffer();

/** The share of pixels whose colour differs by more than a rounding step in any channel. */
function changedShare(actual: Buffer, expected: Buffer): number {
  let changed = 0;
  for (let i = 0; i < actual.length; i += 3) {
    const moved = [0, 1, 2].some((c) => Math.abs((actual[i + c] ?? 0) - (expected[i + c] ?? 0)) > 8);
    if (moved) changed++;
  }
  return changed / (actual.length / 3);
}

describe('share images look as their references', () => {
  for (const [name, card] of Object.entries(CARDS)) {
    test(`the ${name} card`, async () => {
      const reference = `tests/fixtures/share-images/${name}-card.png`;
      const png = await render(card);
      if (process.env['UPDATE_SHARE_IMAGES']) writeFileSync(reference, png);
      const [actual, expected] = await Promise.all([pixels(png), pixels(readFileSync(reference))]);
      expect(actual.length).toBe(expected.length);
      expect(changedShare(actual, expected)).toBeLessThan(0.001);
    });
  }
});
