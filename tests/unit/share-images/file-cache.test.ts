import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { createFileCache } from '../../../src/share-images/file-cache.ts';

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
