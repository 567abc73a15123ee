import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { contentCheck } from '../../../src/integrations/content-check.ts';
import type { ContentError } from '../../../src/lib/content/diagnostics.ts';

type Setup = (options: { command: string; updateConfig: (config: { vite: { plugins: Plugin[] } }) => void }) => void;

/** Runs the integration's setup hook as Astro would for `command`, and returns the Vite plugins it adds. */
function setUp(integration: AstroIntegration, command: 'dev' | 'build'): Plugin[] {
  const plugins: Plugin[] = [];
  const setup = integration.hooks['astro:config:setup'] as unknown as Setup;
  setup({ command, updateConfig: (config) => plugins.push(...config.vite.plugins) });
  return plugins;
}

function transform(plugin: Plugin | undefined, code: string, id: string): unknown {
  const hook = plugin?.transform as ((code: string, id: string) => unknown) | undefined;
  return hook?.call({}, code, id);
}

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of a fixture in a temporary folder, safe to edit. */
function copyFixture(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-content-'));
  copies.push(dir);
  cpSync(`tests/fixtures/${name}`, dir, { recursive: true });
  return dir;
}

describe('contentCheck', () => {
  test('stops a build with errors before anything is built, without a stack trace', () => {
    const quiet = [vi.spyOn(console, 'error').mockReturnValue(), vi.spyOn(console, 'warn').mockReturnValue()];
    expect(() => setUp(contentCheck('tests/fixtures/bad-date'), 'build')).toThrow(
      'The content has an error, listed above: nothing was built.',
    );
    expect(() => setUp(contentCheck('tests/fixtures/clean'), 'build')).not.toThrow();
    quiet.forEach((spy) => spy.mockRestore());
  });

  test('in dev, fails the compile of a broken briefing, at the line the overlay shows', () => {
    const dir = copyFixture('clean');
    const [plugin] = setUp(contentCheck(dir), 'dev');
    const file = join(dir, 'briefings/2026/01/pytorch-foundation.mdx');
    const broken = '---\ntitle: "T"\ndate: 2026-02-30\n---\n';
    writeFileSync(file, broken);
    let thrown: ContentError | undefined;
    try {
      transform(plugin, '', `${file}?astroPropagatedAssets`);
    } catch (error) {
      thrown = error as ContentError;
    }
    expect(thrown?.loc).toEqual({ file: relative(process.cwd(), file), line: 2, column: 1 });
    expect(thrown?.message).toContain('Field "keyPoints" is missing.');
    expect(thrown?.stack).toBe('');
  });

  test('in dev, leaves sound briefings and other files alone', () => {
    const dir = copyFixture('clean');
    const [plugin] = setUp(contentCheck(dir), 'dev');
    expect(transform(plugin, 'not even mdx', join(dir, 'notes.md'))).toBeUndefined();
    const file = join(dir, 'briefings/2026/01/pytorch-foundation.mdx');
    expect(() => transform(plugin, '', file)).not.toThrow();
  });
});
