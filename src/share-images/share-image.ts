import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FileCache } from './file-cache.ts';
import type { DrawImage, ShareFont } from './share-image-drawing.ts';
import {
  SHARE_FONTS,
  SHARE_IMAGE_SIZE,
  shareCardLayout,
  type ShareCard,
  type ShareTheme,
} from '../lib/share/share-card.ts';

/**
 * The fonts of share images: WOFF files from @fontsource packages, so the build needs no
 * network. Each Latin Extended subset gets a family name of its own, which the layout's font
 * stacks name after the Latin one.
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
export function loadShareFonts(resolve: (specifier: string) => string): ShareFont[] {
  return FONT_FILES.map(([name, weight, file]) => ({ name, weight, data: readFileSync(resolve(file)) }));
}

/**
 * A renderer of share cards to PNG: lays each card out and has `draw` draw it (a pool of worker
 * threads in the build). With a cache, a card whose layout tree is unchanged since an earlier
 * build is not drawn again.
 */
export function createShareImageRenderer(draw: DrawImage, theme: ShareTheme, cache?: FileCache) {
  return async (card: ShareCard): Promise<Buffer> => {
    const make = () => draw(shareCardLayout(card, theme), SHARE_IMAGE_SIZE);
    return cache ? cache(shareImageKey(card, theme), make) : make();
  };
}

/** What keys a card's image in the cache: its layout tree, which holds every text, size and colour drawn. */
export function shareImageKey(card: ShareCard, theme: ShareTheme): string {
  return JSON.stringify(shareCardLayout(card, theme));
}

/** What decides a share image's bytes besides its layout tree: the font files and the drawing tools' versions. */
export function shareImageNamespace(fonts: readonly ShareFont[], toolVersions: readonly string[]): string {
  const hash = createHash('sha256');
  for (const { name, weight, data } of fonts) hash.update(`${name}/${weight}\0`).update(data);
  return [hash.digest('hex'), ...toolVersions].join('|');
}
