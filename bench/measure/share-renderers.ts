/**
 * CPU time per share image for each renderer tried, on the site's own cards, fonts and theme:
 * the one the site uses (takumi, src/share-images/share-image-drawing.ts) and the pipeline it
 * replaced (satori lays out as SVG, resvg rasterises, sharp encodes), kept here as the
 * yardstick. One thread, images drawn one after another, after a warm-up.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import {
  briefingShareCard,
  readShareTheme,
  SHARE_IMAGE_SIZE,
  shareCardLayout,
  type CardNode,
} from '../../src/lib/share/share-card.ts';
import { createDrawer, type DrawImage, type ShareFont } from '../../src/share-images/share-image-drawing.ts';
import { loadShareFonts } from '../../src/share-images/share-image.ts';
import { median } from '../lib/stats.ts';

/** One renderer's cost: median CPU milliseconds per image and the size of what it drew. */
export interface RendererCost {
  name: string;
  cpuMs: number;
  bytes: number;
}

type SatoriNode = { type: 'div'; props: { style: CardNode['style']; children?: string | SatoriNode[] } };

/** The card as satori's element tree; satori takes family names unquoted, one family a font. */
function satoriTree(node: CardNode): SatoriNode {
  const { fontFamily, ...style } = node.style;
  const family =
    typeof fontFamily === 'string' ? { fontFamily: fontFamily.split(',')[0]?.replaceAll('"', '') ?? '' } : {};
  const children = node.type === 'text' ? node.text : node.children.map(satoriTree);
  return { type: 'div', props: { style: { ...style, ...family }, children } };
}

function satoriDrawer(fonts: readonly ShareFont[]): DrawImage {
  const satoriFonts = fonts.map((font) => ({ ...font, data: Buffer.from(font.data), style: 'normal' as const }));
  return async (layout, size) => {
    const svg = await satori(satoriTree(layout) as Parameters<typeof satori>[0], { ...size, fonts: satoriFonts });
    const { pixels, width, height } = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
    return sharp(pixels, { raw: { width, height, channels: 4 } })
      .removeAlpha()
      .png({ compressionLevel: 3 })
      .toBuffer();
  };
}

async function cost(name: string, draw: DrawImage, layouts: readonly CardNode[]): Promise<RendererCost> {
  const first = layouts[0];
  if (!first) throw new Error('No cards to draw.');
  await draw(first, SHARE_IMAGE_SIZE);
  const times: number[] = [];
  let bytes = 0;
  for (const layout of layouts) {
    const start = process.cpuUsage();
    bytes += (await draw(layout, SHARE_IMAGE_SIZE)).byteLength;
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  return { name, cpuMs: median(times), bytes: Math.round(bytes / layouts.length) };
}

/** Draws `count` cards of the shipped look with each renderer and reports their costs. */
export async function measureShareRenderers(root: string, count = 40): Promise<RendererCost[]> {
  const fonts = loadShareFonts(createRequire(join(root, 'package.json')).resolve);
  const theme = readShareTheme(readFileSync(join(root, 'src/styles/tokens.css'), 'utf8'));
  const site = { name: 'Briefing', lang: 'en', tagline: 'Cited answers to the questions behind the news.' };
  const layouts = Array.from({ length: count }, (_, n) =>
    shareCardLayout(
      briefingShareCard(
        {
          title: `Briefing number ${n}: what changed in the open-source machine learning tools this week`,
          date: new Date(Date.UTC(2020, 0, 1 + n)),
          keyPoint: `The ${n}th release shipped a new compiler, faster kernels and a smaller install, its notes say.`,
        },
        site,
      ),
      theme,
    ),
  );
  return [
    await cost('takumi (the site)', createDrawer(fonts), layouts),
    await cost('satori → resvg → sharp', satoriDrawer(fonts), layouts),
  ];
}
