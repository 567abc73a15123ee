import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Makes something expensive from a key, or returns what an earlier build made from the same key. */
export type FileCache = (key: string, make: () => Promise<Buffer>) => Promise<Buffer>;

/**
 * A cache of generated files on disk, addressed by the hash of everything that decides their
 * bytes (`namespace` names what the key leaves out, such as tool versions). A build that
 * changes nothing in a key gets the same bytes back, so the cache can never serve a stale file.
 */
export function createFileCache(dir: string, namespace: string, extension: string): FileCache {
  const ready = mkdir(dir, { recursive: true });
  return async (key, make) => {
    const file = join(
      dir,
      `${createHash('sha256').update(namespace).update('\0').update(key).digest('hex')}.${extension}`,
    );
    await ready;
    const cached = await readFile(file).catch(() => undefined);
    if (cached) return cached;
    const made = await make();
    // Written aside, then renamed: a reader never sees half a file, even from a build that was stopped mid-write.
    const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.partial`;
    await writeFile(partial, made);
    await rename(partial, file);
    return made;
  };
}
