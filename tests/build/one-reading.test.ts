import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildFixture, type BuildResult } from '../support/build-site.ts';
import { runCheck } from '../support/check-content.ts';

/**
 * YAML that two parsers could read apart: a merge key (`<<: *anchor`) and a title that looks
 * like a day. The check and the build must read it alike: both pass, and the page shows it.
 */
const FIXTURE = 'tests/fixtures/yaml-reading';
const PAGE = 'briefings/2026/01/15/merged-sources/index.html';
let build: BuildResult;

beforeAll(() => {
  build = buildFixture(FIXTURE);
}, 180_000);
afterAll(() => rmSync(build.outDir, { recursive: true, force: true }));

test('npm run check reads the merge key and the day-like title without a finding', () => {
  expect(runCheck(FIXTURE).stdout).toBe('Checked 1 briefing: no problems.\n');
});

test('the build reads them alike, and the page shows the merged publisher and the title as written', () => {
  expect(build.status, build.output).toBe(0);
  const html = readFileSync(join(build.outDir, PAGE), 'utf8');
  expect(html).toContain('2022-09-12');
  expect(html).toContain('PyTorch 2.0 announced');
});
