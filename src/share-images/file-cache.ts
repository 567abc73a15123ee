import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Things expensive to make, kept on disk by key across builds. */
export interface FileCache {
  /** The entry of `key`: what an earlier build (or `fill`) made from the same key, else made now and kept. */
  get(key: string, make: () => Promise<Buffer>): Promise<Buffer>;
  /** Makes and keeps the entry of `key` unless there is one, without reading it back. */
  fill(key: string, make: () => Promise<Buffer>): Promise<void>;
}

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
  const fileOf = async (key: string) => {
    await ready;
    return join(dir, fileCacheName(namespace, key, extension));
  };
  const touch = (file: string) => {
    const now = new Date();
    return utimes(file, now, now).then(
      () => true,
      () => false,
    );
  };
  const store = async (file: string, made: Buffer) => {
    // Written aside, then renamed: a reader never sees half a file, even from a build that was stopped mid-write.
    const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.partial`;
    await writeFile(partial, made);
    await rename(partial, file);
    return made;
  };
  return {
    get: async (key, make) => {
      const file = await fileOf(key);
      const cached = await readFile(file).catch(() => undefined);
      if (cached) {
        await touch(file);
        return cached;
      }
      return store(file, await make());
    },
    fill: async (key, make) => {
      const file = await fileOf(key);
      if (!(await touch(file))) await store(file, await make());
    },
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
