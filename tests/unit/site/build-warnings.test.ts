import { describe, expect, test, vi } from 'vitest';
import { isHarmlessBundlerWarning, quietBundlerLog } from '../../../src/lib/site/build-warnings.ts';

const headInject = {
  code: 'MODULE_LEVEL_DIRECTIVE',
  message:
    'The semantics of the module level directive "use astro:head-inject" in "content/briefings/2026/05/a.mdx?astroPropagatedAssets" may not be preserved when bundling.',
};

describe('isHarmlessBundlerWarning', () => {
  test('recognises the per-file head-inject directive warning of compiled MDX', () => {
    expect(isHarmlessBundlerWarning(headInject)).toBe(true);
  });

  test('keeps other module-level directives and other warnings', () => {
    expect(isHarmlessBundlerWarning({ ...headInject, message: 'directive "use client" in "x.js"' })).toBe(false);
    expect(isHarmlessBundlerWarning({ code: 'CIRCULAR_DEPENDENCY', message: 'a -> b -> a' })).toBe(false);
  });
});

describe('quietBundlerLog', () => {
  test('passes every log on except the harmless warning', () => {
    const passOn = vi.fn();
    quietBundlerLog('warn', headInject, passOn);
    quietBundlerLog('warn', { code: 'EVAL', message: 'Use of eval' }, passOn);
    expect(passOn).toHaveBeenCalledExactlyOnceWith('warn', { code: 'EVAL', message: 'Use of eval' });
  });
});
