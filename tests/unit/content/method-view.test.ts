import { describe, expect, test } from 'vitest';
import { withMethod } from '../../../src/lib/content/method-view.ts';

describe('withMethod', () => {
  test('answers with the given method, and with the target for everything else', () => {
    const logged: string[] = [];
    const logger = { prefix: '>', info: (message: string) => logged.push(`info ${message}`), error: (message: string) => logged.push(`error ${message}`) };
    const quiet = withMethod(logger, 'error', () => 0);
    quiet.error('dropped');
    quiet.info('kept');
    expect(logged).toEqual(['info kept']);
    expect(quiet.prefix).toBe('>');
  });

  test('binds the target\'s own methods to it', () => {
    class Counter {
      count = 0;
      add() {
        this.count++;
      }
      reset() {
        this.count = 0;
      }
    }
    const counter = new Counter();
    const { add } = withMethod(counter, 'reset', () => undefined);
    add();
    expect(counter.count).toBe(1);
  });
});
