/**
 * A worker thread that draws share images (see share-image-pool.ts): it receives the fonts once,
 * then `{ id, layout, size }` messages, and answers `{ id, png }` or `{ id, error }`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { CardNode } from '../lib/share/share-card.ts';
import { createDrawer, type ImageSize, type ShareFont } from './share-image-drawing.ts';

/** One image to draw. */
export interface DrawRequest {
  id: number;
  layout: CardNode;
  size: ImageSize;
}

/** A drawn image, or why it could not be drawn. */
export type DrawResponse = { id: number; png: Uint8Array } | { id: number; error: string };

const draw = createDrawer(workerData as ShareFont[]);

parentPort?.on('message', ({ id, layout, size }: DrawRequest) => {
  draw(layout, size).then(
    (png) => parentPort?.postMessage({ id, png } satisfies DrawResponse),
    (error: unknown) => parentPort?.postMessage({ id, error: String(error) } satisfies DrawResponse),
  );
});
