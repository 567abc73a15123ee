import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { readShareTheme } from '../../../src/lib/share/share-card.ts';
import { createShareImageRenderer, loadShareFonts } from '../../../src/share-images/share-image.ts';
import { createDrawingPool } from '../../../src/share-images/share-image-pool.ts';
import { pngSize } from '../../support/png.ts';

const fonts = loadShareFonts(createRequire(import.meta.url).resolve);
const render = createShareImageRenderer(
  createDrawingPool(new URL('../../../src/share-images/share-image-worker.ts', import.meta.url), fonts),
  readShareTheme(readFileSync('src/styles/tokens.css', 'utf8')),
);

describe('createShareImageRenderer', () => {
  test('renders a card to a 1200×630 PNG of modest size', async () => {
    const png = await render({
      label: 'Briefing · May 23, 2026',
      title: 'A headline',
      text: 'A sentence.',
      context: 'C',
    });
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.byteLength).toBeLessThan(100_000);
  });

  test('draws Latin Extended letters with real glyphs, not the missing-glyph box', async () => {
    const draw = (title: string) => render({ label: 'L', title, text: 'x' });
    const [missing, alsoMissing, polish] = await Promise.all([draw('\u0378'), draw('\u0379'), draw('Ł')]);
    expect(Buffer.compare(missing, alsoMissing)).toBe(0);
    expect(Buffer.compare(missing, polish)).not.toBe(0);
  });

  test('fails with a message when the drawing worker cannot start, rather than waiting forever', async () => {
    const draw = createDrawingPool(new URL('./no-such-worker.ts', import.meta.url), fonts);
    await expect(draw({ type: 'container', style: {}, children: [] }, { width: 10, height: 10 })).rejects.toThrow(
      /share image worker stopped/,
    );
  });
});
