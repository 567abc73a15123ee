import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { renderAsync } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import type { FileCache } from './file-cache';
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
 * fonts array and reuses them for every image. Satori lays the card out as SVG (text as
 * paths, on the calling thread); resvg rasterises it and sharp encodes the PNG, both off the
 * main thread, so pages keep rendering meanwhile. An opaque RGB PNG at zlib level 3 (about
 * 60 KB): level 6 saved a sixth of the bytes for twice the encoding time, and palette PNGs
 * (about 40 KB) took three times as long to draw. With a cache, a card whose layout tree is
 * unchanged since an earlier build is not drawn again.
 */
export function createShareImageRenderer(fonts: Font[], theme: ShareTheme, cache?: FileCache) {
  return async (card: ShareCard): Promise<Buffer> => {
    const layout = shareCardLayout(card, theme);
    const draw = async () => {
      const svg = await satori(layout, { ...SHARE_IMAGE_SIZE, fonts });
      // Satori draws glyphs as paths, so resvg needs no fonts of its own: loading the system's is slow.
      const { pixels, width, height } = await renderAsync(svg, { font: { loadSystemFonts: false } });
      return sharp(pixels, { raw: { width, height, channels: 4 } })
        .removeAlpha()
        .png({ compressionLevel: 3 })
        .toBuffer();
    };
    return cache ? cache(JSON.stringify(layout), draw) : draw();
  };
}

/** What decides a share image's bytes besides its layout tree: the font files and the drawing tools' versions. */
export function shareImageNamespace(fonts: readonly Font[], toolVersions: readonly string[]): string {
  const hash = createHash('sha256');
  for (const { name, weight, data } of fonts) hash.update(`${name}/${weight}\0`).update(new Uint8Array(data));
  return [hash.digest('hex'), ...toolVersions].join('|');
}
