import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Makes something expensive from a key, or returns what an earlier build made from the same key. */
export type FileCache = (key: string, make: () => Promise<Buffer>) => Promise<Buffer>;

/** The file name of a key's entry: the hash of the namespace and the key. */
export function fileCacheName(namespace: string, key: string, extension: string): string {
  return `${createHash('sha256').update(namespace).update('\0').update(key).digest('hex')}.${extension}`;
}

/**
 * A cache of generated files on disk, addressed by the hash of everything that decides their
 * bytes (`namespace` names what the key leaves out, such as tool versions). A build that
 * changes nothing in a key gets the same bytes back, so the cache can never serve a stale file.
 * A hit touches its file, which tells pruning the entry is still in use.
 */
export function createFileCache(dir: string, namespace: string, extension: string): FileCache {
  const ready = mkdir(dir, { recursive: true });
  return async (key, make) => {
    const file = join(dir, fileCacheName(namespace, key, extension));
    await ready;
    const cached = await readFile(file).catch(() => undefined);
    if (cached) {
      const now = new Date();
      await utimes(file, now, now).catch(() => undefined);
      return cached;
    }
    const made = await make();
    // Written aside, then renamed: a reader never sees half a file, even from a build that was stopped mid-write.
    const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.partial`;
    await writeFile(partial, made);
    await rename(partial, file);
    return made;
  };
}

/**
 * Deletes the files of `dir` that are neither named in `keep` nor made or read since `since`
 * (entries no build produces any more, partial files of stopped builds); returns how many.
 */
export async function pruneFileCache(dir: string, keep: ReadonlySet<string>, since: Date): Promise<number> {
  const names = await readdir(dir, { withFileTypes: true }).catch(() => []);
  let deleted = 0;
  for (const entry of names) {
    if (!entry.isFile() || keep.has(entry.name)) continue;
    const file = join(dir, entry.name);
    const { mtime } = await stat(file);
    if (mtime >= since) continue;
    await rm(file, { force: true });
    deleted++;
  }
  return deleted;
}
