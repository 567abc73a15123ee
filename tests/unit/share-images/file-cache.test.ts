import { mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { createFileCache, fileCacheName, pruneFileCache } from '../../../src/share-images/file-cache.ts';

const folder = () => mkdtempSync(join(tmpdir(), 'file-cache-'));

describe('createFileCache', () => {
  test('makes a file once per key, and returns it unchanged to a later build', async () => {
    const dir = folder();
    const make = vi.fn(async () => Buffer.from('png bytes'));
    expect(await createFileCache(dir, 'v1', 'png')('card', make)).toEqual(Buffer.from('png bytes'));
    expect(await createFileCache(dir, 'v1', 'png')('card', make)).toEqual(Buffer.from('png bytes'));
    expect(make).toHaveBeenCalledTimes(1);
  });

  test('makes the file again when the key or what the namespace names has changed', async () => {
    const dir = folder();
    const make = vi.fn(async () => Buffer.from('x'));
    await createFileCache(dir, 'v1', 'png')('card', make);
    await createFileCache(dir, 'v1', 'png')('edited card', make);
    await createFileCache(dir, 'v2', 'png')('card', make);
    expect(make).toHaveBeenCalledTimes(3);
  });

  test('leaves only whole files behind, one per key', async () => {
    const dir = folder();
    const cache = createFileCache(dir, 'v1', 'png');
    await Promise.all([cache('card', async () => Buffer.from('a')), cache('card', async () => Buffer.from('a'))]);
    expect(readdirSync(dir).filter((name) => !name.endsWith('.png'))).toEqual([]);
    expect(readdirSync(dir)).toHaveLength(1);
  });
});

describe('pruneFileCache', () => {
  test('deletes what is neither kept nor used since the build began, and keeps the rest', async () => {
    const dir = folder();
    const cache = createFileCache(dir, 'v1', 'png');
    await cache('kept', async () => Buffer.from('k'));
    await cache('old', async () => Buffer.from('o'));
    await cache('read again', async () => Buffer.from('r'));
    const past = new Date(Date.now() - 60_000);
    for (const name of readdirSync(dir)) utimesSync(join(dir, name), past, past);
    writeFileSync(join(dir, 'stopped.png.1.x.partial'), 'half');
    utimesSync(join(dir, 'stopped.png.1.x.partial'), past, past);
    const since = new Date(Date.now() - 1000);
    await cache('read again', async () => Buffer.from('never made'));
    await cache('new', async () => Buffer.from('n'));
    const deleted = await pruneFileCache(dir, new Set([fileCacheName('v1', 'kept', 'png')]), since);
    expect(deleted).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(
      ['kept', 'read again', 'new'].map((key) => fileCacheName('v1', key, 'png')).sort(),
    );
  });
});
