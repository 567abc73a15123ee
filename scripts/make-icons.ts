/**
 * Draws the site's icons into public/ (committed, so the build needs none of this): the
 * wordmark's "B" in the site's bold serif on the accent colour, as an SVG favicon, a
 * favicon.ico, the apple-touch-icon and the web app manifest's icons. Run after changing them:
 * `node scripts/make-icons.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { create } from 'fontkitten';
import sharp from 'sharp';
import { brand } from '../src/lib/site/brand.ts';

const ACCENT = brand.accent;
const PAPER = brand.paper;
const SERIF_BOLD = 'node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff2';

/** The letter's outline as SVG path data, in a 64-unit box, centred. */
function letterPath(letter: string): string {
  const font = create(readFileSync(SERIF_BOLD));
  if (!('glyphForCodePoint' in font)) throw new Error('Expected a single font, not a collection.');
  const glyph = font.glyphForCodePoint(letter.codePointAt(0) ?? 0);
  const box = glyph.bbox;
  const scale = 40 / font.unitsPerEm;
  const x = 32 - ((box.minX + box.maxX) / 2) * scale;
  const y = 32 + ((box.minY + box.maxY) / 2) * scale;
  return `<path fill="${PAPER}" transform="translate(${x.toFixed(2)} ${y.toFixed(2)}) scale(${scale} -${scale})" d="${glyph.path.toSVG()}"/>`;
}

function iconSvg(rounded: boolean): string {
  const corner = rounded ? 12 : 0;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="${corner}" fill="${ACCENT}"/>${letterPath('B')}</svg>\n`;
}

/** An .ico holding one PNG, which every browser reads. */
function icoOf(png: Buffer, size: number): Buffer {
  const header = Buffer.alloc(22);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(1, 4);
  header.writeUInt8(size, 6);
  header.writeUInt8(size, 7);
  header.writeUInt16LE(1, 10);
  header.writeUInt16LE(32, 12);
  header.writeUInt32LE(png.length, 14);
  header.writeUInt32LE(22, 18);
  return Buffer.concat([header, png]);
}

const png = (svg: string, size: number) => sharp(Buffer.from(svg)).resize(size, size).png().toBuffer();

const rounded = iconSvg(true);
const square = iconSvg(false);
writeFileSync('public/favicon.svg', rounded);
writeFileSync('public/favicon.ico', icoOf(await png(rounded, 32), 32));
writeFileSync('public/apple-touch-icon.png', await png(square, 180));
writeFileSync('public/icon-192.png', await png(square, 192));
writeFileSync('public/icon-512.png', await png(square, 512));
