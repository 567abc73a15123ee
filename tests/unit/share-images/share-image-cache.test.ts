import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { lockShareImageCache } from '../../../src/share-images/share-image-cache.ts';

const lockFile = () => join(mkdtempSync(join(tmpdir(), 'share-lock-')), 'share-images.lock');

describe('lockShareImageCache', () => {
  test('takes a free lock, and takes it again in the same process', () => {
    const lock = lockFile();
    expect(lockShareImageCache(lock)).toBe(true);
    expect(readFileSync(lock, 'utf8')).toBe(String(process.pid));
    expect(lockShareImageCache(lock)).toBe(true);
  });

  test('leaves a lock held by another running build', () => {
    const lock = lockFile();
    writeFileSync(lock, String(process.ppid));
    expect(lockShareImageCache(lock)).toBe(false);
  });

  test('takes over a lock left by a build that stopped', () => {
    const lock = lockFile();
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(lock, gone.stdout);
    expect(lockShareImageCache(lock)).toBe(true);
    expect(readFileSync(lock, 'utf8')).toBe(String(process.pid));
  });
});
