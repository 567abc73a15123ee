import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DrawImage, ShareFont } from './share-image-drawing.ts';
import type { DrawRequest, DrawResponse } from './share-image-worker.ts';

interface Pending {
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
}

/** One worker thread and the images it has been asked for. */
interface Drawer {
  worker: Worker;
  pending: Map<number, Pending>;
  /** Why the worker stopped, if it did (it failed to start, or crashed): later images fail at once. */
  failure?: Error;
}

/**
 * Draws share images in worker threads, one per core, started on the first image. Drawing is
 * CPU work of a few milliseconds an image, thousands of them in a large archive, and one
 * renderer gains nothing from overlapping images: on the main thread it kept one core busy
 * while pages waited. `workerFile` is share-image-worker.ts, passed in
 * because bundled route code cannot find it beside itself. Idle workers never keep the process alive.
 */
export function createDrawingPool(workerFile: string | URL, fonts: readonly ShareFont[]): DrawImage {
  let drawers: Drawer[] | undefined;
  let nextId = 0;
  return (layout, size) => {
    drawers ??= Array.from({ length: availableParallelism() }, () => startDrawer(workerFile, fonts));
    const drawer = drawers.reduce((least, each) => (each.pending.size < least.pending.size ? each : least));
    const id = nextId++;
    return new Promise<Buffer>((resolve, reject) => {
      if (drawer.failure) return reject(drawer.failure);
      if (drawer.pending.size === 0) drawer.worker.ref();
      drawer.pending.set(id, { resolve, reject });
      drawer.worker.postMessage({ id, layout, size } satisfies DrawRequest);
    });
  };
}

function startDrawer(workerFile: string | URL, fonts: readonly ShareFont[]): Drawer {
  const drawer: Drawer = { worker: new Worker(workerFile, { workerData: fonts }), pending: new Map() };
  drawer.worker.unref();
  drawer.worker.on('message', (response: DrawResponse) => {
    const pending = drawer.pending.get(response.id);
    drawer.pending.delete(response.id);
    if (drawer.pending.size === 0) drawer.worker.unref();
    if ('png' in response) pending?.resolve(Buffer.from(response.png));
    else pending?.reject(new Error(`A share image could not be drawn: ${response.error}`));
  });
  drawer.worker.on('error', (error) => {
    drawer.failure = new Error(`The share image worker stopped: ${error.message}`, { cause: error });
    for (const pending of drawer.pending.values()) pending.reject(drawer.failure);
    drawer.pending.clear();
  });
  return drawer;
}
