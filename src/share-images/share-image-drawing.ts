/**
 * Draws one share image: satori lays the card out as SVG (text as glyph paths), resvg
 * rasterises it, sharp encodes the PNG. Imports packages only, so a worker thread can load it
 * with Node alone.
 */
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import sharp from 'sharp';

/** A layout tree as satori takes it (share-card.ts builds them). */
export type DrawableLayout = Parameters<typeof satori>[0];

/** The pixel size of a share image. */
export interface ImageSize {
  width: number;
  height: number;
}

/**
 * Draws `layout` to an opaque RGB PNG at zlib level 3 (about 60 KB a card): level 6 saved a
 * sixth of the bytes for twice the encoding time, and palette PNGs (about 40 KB) took three
 * times as long to draw.
 */
export async function drawShareImage(layout: DrawableLayout, size: ImageSize, fonts: Font[]): Promise<Buffer> {
  const svg = await satori(layout, { ...size, fonts });
  // Satori draws glyphs as paths, so resvg needs no fonts of its own: loading the system's is slow.
  const { pixels, width, height } = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  return sharp(pixels, { raw: { width, height, channels: 4 } })
    .removeAlpha()
    .png({ compressionLevel: 3 })
    .toBuffer();
}
