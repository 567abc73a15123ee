import { describe, expect, test } from 'vitest';
import { createLookAhead } from '../../../src/share-images/look-ahead.ts';

/** Work that finishes when the test says so, recording what was started. */
function controlledWork() {
  const started: string[] = [];
  const finish = new Map<string, () => void>();
  const work = (item: string) =>
    new Promise<void>((resolve) => {
      started.push(item);
      finish.set(item, resolve);
    });
  return { started, finish: (item: string) => finish.get(item)?.(), work };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createLookAhead', () => {
  test('starts queued work in order, never more than its limit at once', async () => {
    const { started, finish, work } = controlledWork();
    const ahead = createLookAhead(work, 2);
    ahead.schedule(['a', 'b', 'c', 'd'].map((item) => [item, item]));
    expect(started).toEqual(['a', 'b']);
    finish('a');
    await tick();
    expect(started).toEqual(['a', 'b', 'c']);
  });

  test('a request for queued work takes it out of the queue; one for started work waits for it', async () => {
    const { started, finish, work } = controlledWork();
    const ahead = createLookAhead(work, 1);
    ahead.schedule(['a', 'b', 'c'].map((item) => [item, item]));
    await ahead.settle('c');
    let waited = false;
    const settled = ahead.settle('a').then(() => (waited = true));
    await tick();
    expect(waited).toBe(false);
    finish('a');
    await settled;
    await tick();
    expect(started).toEqual(['a', 'b']);
  });

  test('a failure does not stop the queue, and is left for the request to meet', async () => {
    const started: string[] = [];
    const ahead = createLookAhead(async (item: string) => {
      started.push(item);
      if (item === 'a') throw new Error('no');
    }, 1);
    ahead.schedule(['a', 'b'].map((item) => [item, item]));
    await expect(ahead.settle('a')).resolves.toBeUndefined();
    await tick();
    expect(started).toEqual(['a', 'b']);
  });
});
