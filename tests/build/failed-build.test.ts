import { createHash } from 'node:crypto';
import { existsSync, globSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildFixture, type BuildResult } from '../support/build-site.ts';
import { stagingDir } from '../../src/integrations/staged-output.ts';

/** Every file of a folder with a hash of its bytes. */
function snapshot(dir: string): Record<string, string> {
  const files = globSync('**/*', { cwd: dir, withFileTypes: true }).filter((entry) => entry.isFile());
  const path = (entry: (typeof files)[number]) => relative(dir, join(entry.parentPath, entry.name));
  return Object.fromEntries(
    files
      .map((entry) => [
        path(entry),
        createHash('sha256')
          .update(readFileSync(join(dir, path(entry))))
          .digest('hex'),
      ])
      .sort(),
  );
}

let outDir = '';
let before: Record<string, string> = {};
let failed: BuildResult;

beforeAll(() => {
  const first = buildFixture('tests/fixtures/clean');
  expect(first.status, first.output).toBe(0);
  outDir = first.outDir;
  before = snapshot(outDir);
  // Only drafts: the build renders, then the search index finds no briefing page and fails.
  failed = buildFixture('tests/fixtures/all-drafts', { OUT_DIR: outDir });
}, 300_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

test('a build that fails after it started writing fails loudly', () => {
  expect(failed.status).not.toBe(0);
  expect(failed.output).toContain('Search indexing failed: no briefing pages were found');
});

test('a build that fails leaves the previous site byte for byte as it was', () => {
  expect(Object.keys(before)).toContain('index.html');
  expect(snapshot(outDir)).toEqual(before);
});

test('what the failed build wrote stays in its staging folder, beside the site', () => {
  expect(existsSync(stagingDir(outDir))).toBe(true);
  rmSync(stagingDir(outDir), { recursive: true, force: true });
});
