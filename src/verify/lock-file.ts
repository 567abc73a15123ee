import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { emptyLock, parseSourceLock, serializeSourceLock, type SourceLock } from '../lib/sources/source-lock.ts';

/** Where a content folder keeps its lock file. */
export function lockPath(contentDir: string): string {
  return join(contentDir, 'sources.lock.json');
}

/** The content folder's lock file, or an empty lock when it has none yet. */
export function readLockFile(contentDir: string): SourceLock {
  const path = lockPath(contentDir);
  return existsSync(path) ? parseSourceLock(JSON.parse(readFileSync(path, 'utf8'))) : emptyLock();
}

/** Writes the lock as it is committed. */
export function writeLockFile(contentDir: string, lock: SourceLock): void {
  writeFileSync(lockPath(contentDir), serializeSourceLock(lock));
}
