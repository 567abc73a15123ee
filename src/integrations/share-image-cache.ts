import type { AstroIntegration } from 'astro';
import { rmSync } from 'node:fs';
import {
  lockShareImageCache,
  pruneShareImageCache,
  shareImageCacheFolders,
} from '../share-images/share-image-cache.ts';

/**
 * Keeps the share-image cache to what the site produces: a build takes the cache folder's
 * lock, and when it is done deletes the images no page has any more. Two builds may share one
 * folder (each image is written whole, then renamed), but only the one holding the lock prunes,
 * so neither deletes an image the other is about to read.
 */
export function shareImageCache(settings: { cacheDir: string; drawShareImages: boolean }): AstroIntegration {
  const { lock } = shareImageCacheFolders(settings.cacheDir);
  let start = new Date();
  let locked = false;
  return {
    name: 'briefing:share-image-cache',
    hooks: {
      'astro:build:start': ({ logger }) => {
        start = new Date();
        locked = settings.drawShareImages && lockShareImageCache(lock);
        if (settings.drawShareImages && !locked)
          logger.info(`Another build is using ${settings.cacheDir}: this one leaves its share images unpruned.`);
      },
      'astro:build:done': async ({ logger }) => {
        if (!locked) return;
        const deleted = await pruneShareImageCache(settings.cacheDir, start);
        rmSync(lock, { force: true });
        if (deleted) logger.info(`Pruned ${deleted} share images no page has any more.`);
      },
    },
  };
}
