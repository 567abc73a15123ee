import { closeSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { pruneFileCache } from './file-cache.ts';

/** Where the drawn images are kept, what each build's routes expect of them, and the lock of the folder. */
export function shareImageCacheFolders(cacheDir: string) {
  return {
    images: join(cacheDir, 'share-images'),
    expected: join(cacheDir, 'share-images.expected'),
    lock: join(cacheDir, 'share-images.lock'),
  };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the cache folder's lock for this process, unless another running build holds it. A lock
 * left by a build that stopped (its process is gone) is taken over.
 */
export function lockShareImageCache(lock: string): boolean {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(lock, 'utf8'));
      if (holder === process.pid) return true;
      if (Number.isInteger(holder) && holder > 0 && isRunning(holder)) return false;
      rmSync(lock, { force: true });
    }
  }
  return false;
}

/** The images this build's routes expect, or undefined when a route did not say so during the build. */
function expectedImages(expected: string, since: Date): Set<string> | undefined {
  const files = readdirSync(expected).filter((name) => name.endsWith('.json'));
  const lists = files.map((name) => join(expected, name));
  if (!lists.length || lists.some((list) => statSync(list).mtime < since)) return undefined;
  return new Set(lists.flatMap((list) => JSON.parse(readFileSync(list, 'utf8')) as string[]));
}

/**
 * After a build that holds the lock: deletes the drawn images no page of this build has (an
 * edited headline's old card, a deleted briefing's), so a long-lived CI cache stops growing
 * with each edit. Returns how many it deleted, or undefined when it could not tell what to keep.
 */
export async function pruneShareImageCache(cacheDir: string, since: Date): Promise<number | undefined> {
  const folders = shareImageCacheFolders(cacheDir);
  const keep = (() => {
    try {
      return expectedImages(folders.expected, since);
    } catch {
      return undefined;
    }
  })();
  return keep && pruneFileCache(folders.images, keep, since);
}
