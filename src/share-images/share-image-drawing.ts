/**
 * Draws share images with takumi, a native renderer that lays out and rasterises the card's
 * boxes and texts in one step. Chosen by measurement (`npm run bench` prints the CPU time per
 * image of each renderer tried): about a quarter of satori → resvg → sharp's, at half the bytes.
 * Imports packages only, so a worker thread can load it with Node alone.
 */
import { Renderer, type Node } from '@takumi-rs/core';
import type { CardNode } from '../lib/share/share-card.ts';

/** One font file and the family and weight the layout names it by. */
export interface ShareFont {
  name: string;
  weight: 400 | 700;
  data: Uint8Array;
}

/** The pixel size of a share image. */
export interface ImageSize {
  width: number;
  height: number;
}

/** Draws a layout to PNG bytes. */
export type DrawImage = (layout: CardNode, size: ImageSize) => Promise<Buffer>;

/** The renderer's package, whose version keys the cache of drawn images. */
export const RENDERER_PACKAGE = '@takumi-rs/core';

/** A drawer with `fonts` registered once, for all the images it draws. */
export function createDrawer(fonts: readonly ShareFont[]): DrawImage {
  const renderer = new Renderer();
  const registered = Promise.all(fonts.map((font) => renderer.registerFont({ ...font, style: 'normal' })));
  return async (layout, size) => {
    await registered;
    // CardNode is a subset of takumi's node tree, with styles typed loosely as CSS values.
    return renderer.render(layout as Node, { ...size, format: 'png' });
  };
}
