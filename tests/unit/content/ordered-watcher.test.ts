import { EventEmitter } from 'node:events';
import { describe, expect, test } from 'vitest';
import { orderedByPath } from '../../../src/lib/content/ordered-watcher.ts';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A watcher over files whose versions the test sets, as saves would. */
function files(initial: Record<string, string> = {}) {
  const versions = new Map(Object.entries(initial));
  const watcher = new EventEmitter();
  const view = orderedByPath(watcher, { version: (path) => versions.get(path), settleMs: 20 });
  return { watcher, view, save: (path: string, version: string) => versions.set(path, version) };
}

describe('orderedByPath', () => {
  test('handles a second save of a file only after the first is handled', async () => {
    const { watcher, view } = files();
    const handled: string[] = [];
    // The first save takes longer to handle than the second, as a parse with an error can.
    const durations = [30, 1];
    let saves = 0;
    view.on('change', async (path: string) => {
      const save = ++saves;
      await tick(durations[save - 1] ?? 0);
      handled.push(`${path} #${save}`);
    });
    watcher.emit('change', 'a.mdx');
    watcher.emit('change', 'a.mdx');
    await tick(60);
    expect(handled).toEqual(['a.mdx #1', 'a.mdx #2']);
  });

  test('handles a save the watcher did not report, once it has settled', async () => {
    const { watcher, view, save } = files({ 'a.mdx': 'v1' });
    const read: string[] = [];
    view.on('change', (path: string) => read.push(path));
    watcher.emit('change', 'a.mdx');
    // The fix, saved right after the mistake was read, while the watcher suppresses a second report.
    await tick(1);
    save('a.mdx', 'v2');
    await tick(50);
    expect(read).toEqual(['a.mdx', 'a.mdx']);
    // Nothing changed since: nothing more to handle.
    await tick(50);
    expect(read).toHaveLength(2);
  });

  test('handles different files side by side, and goes on after a listener fails', async () => {
    const { watcher, view } = files();
    const started: string[] = [];
    let fail = true;
    view.on('unlink', async (path: string) => {
      started.push(path);
      await tick(20);
      if (fail) {
        fail = false;
        throw new Error('unreadable');
      }
    });
    // Called as the watcher would, keeping the promises to see the failure.
    const listener = watcher.listeners('unlink')[0] as (path: string) => Promise<void>;
    const first = listener('a.mdx');
    void listener('b.mdx');
    void listener('a.mdx');
    await tick(5);
    expect(started).toEqual(['a.mdx', 'b.mdx']);
    await expect(first).rejects.toThrow('unreadable');
    await tick(5);
    expect(started).toEqual(['a.mdx', 'b.mdx', 'a.mdx']);
  });

  test('leaves the rest of the watcher as it is', () => {
    const watched: string[] = [];
    const watcher = Object.assign(new EventEmitter(), { add: (path: string) => watched.push(path) });
    orderedByPath(watcher, { version: () => undefined, settleMs: 1 }).add('c.mdx');
    expect(watched).toEqual(['c.mdx']);
  });
});
