/**
 * A worker thread that draws share images (see share-image-pool.ts): it receives the fonts once,
 * then `{ id, layout, size }` messages, and answers `{ id, png }` or `{ id, error }`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Font } from 'satori';
import { drawShareImage, type DrawableLayout, type ImageSize } from './share-image-drawing.ts';

/** One image to draw. */
export interface DrawRequest {
  id: number;
  layout: DrawableLayout;
  size: ImageSize;
}

/** A drawn image, or why it could not be drawn. */
export type DrawResponse = { id: number; png: Uint8Array } | { id: number; error: string };

// Font files arrive as plain Uint8Arrays (structured clone); satori wants Buffers.
const fonts = (workerData as Font[]).map((font) => ({ ...font, data: Buffer.from(font.data as Uint8Array) }));

parentPort?.on('message', ({ id, layout, size }: DrawRequest) => {
  drawShareImage(layout, size, fonts).then(
    (png) => parentPort?.postMessage({ id, png } satisfies DrawResponse),
    (error: unknown) => parentPort?.postMessage({ id, error: String(error) } satisfies DrawResponse),
  );
});
