import { readFileSync } from 'node:fs';
import satori, { type Font } from 'satori';
import sharp from 'sharp';
import { SHARE_FONTS, SHARE_IMAGE_SIZE, shareCardLayout, type ShareCard, type ShareTheme } from './share-card';

/**
 * The fonts of share images: WOFF files (satori reads no WOFF2) from @fontsource packages, so
 * the build needs no network. Each Latin Extended subset gets a family name of its own, since
 * satori falls back to another family for a missing glyph but not to a second file of the same one.
 */
const FONT_FILES: readonly [name: string, weight: 400 | 700, file: string][] = [
  [SHARE_FONTS.sans, 400, '@fontsource/inter/files/inter-latin-400-normal.woff'],
  [SHARE_FONTS.sans, 700, '@fontsource/inter/files/inter-latin-700-normal.woff'],
  [SHARE_FONTS.serif, 400, '@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff'],
  [`${SHARE_FONTS.sans} Extended`, 400, '@fontsource/inter/files/inter-latin-ext-400-normal.woff'],
  [`${SHARE_FONTS.sans} Extended`, 700, '@fontsource/inter/files/inter-latin-ext-700-normal.woff'],
  [`${SHARE_FONTS.serif} Extended`, 400, '@fontsource/source-serif-4/files/source-serif-4-latin-ext-400-normal.woff'],
];

/** Reads the share image fonts; `resolve` finds a file of an installed package. */
export function loadShareFonts(resolve: (specifier: string) => string): Font[] {
  return FONT_FILES.map(([name, weight, file]) => ({
    name,
    weight,
    style: 'normal',
    data: readFileSync(resolve(file)),
  }));
}

/**
 * A renderer of share cards to PNG. Make one per build: satori parses the fonts once per
 * fonts array and reuses them for every image. A palette PNG keeps each file small (about
 * half the bytes of full colour) for little extra time.
 */
export function createShareImageRenderer(fonts: Font[], theme: ShareTheme) {
  return async (card: ShareCard): Promise<Buffer> => {
    const svg = await satori(shareCardLayout(card, theme), { ...SHARE_IMAGE_SIZE, fonts });
    return sharp(Buffer.from(svg)).png({ palette: true, effort: 1 }).toBuffer();
  };
}
