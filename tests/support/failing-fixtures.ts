import { readdirSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildFixtures, type BuildResult } from './build-site.ts';
import { findingLines, runCheck } from './check-content.ts';

/** A fixture content folder under tests/fixtures/ and every finding it must produce, from its briefings/ folder. */
export interface FailingFixture {
  fixture: string;
  findings: string[];
}

/** The folder of a fixture. */
export const fixtureDir = (fixture: string) => `tests/fixtures/${fixture}`;

const expected = ({ fixture, findings }: FailingFixture) =>
  findings.map((line) => `${fixtureDir(fixture)}/briefings/${line}`);

/**
 * Runs each fixture through `npm run check` and a real `astro build`: both must name exactly
 * its findings, at the same lines and columns, fail, and the build must leave nothing to deploy.
 */
export function describeFailingFixtures(cases: readonly FailingFixture[], buildTimeout: number): void {
  let builds: Map<string, BuildResult>;

  beforeAll(async () => {
    // Each build stops at the content check, before Astro syncs content, so they can run side by side.
    builds = await buildFixtures(cases.map(({ fixture }) => fixtureDir(fixture)));
  }, buildTimeout);
  afterAll(() => builds.forEach(({ outDir }) => rmSync(outDir, { recursive: true, force: true })));

  describe.each(cases)('$fixture', (failing) => {
    test('npm run check names each problem at its file, line and column, and fails', () => {
      const { status, stdout } = runCheck(fixtureDir(failing.fixture));
      expect(findingLines(stdout)).toEqual(expected(failing));
      expect(status).toBe(1);
    });

    test('npm run build fails with the same findings and leaves nothing to deploy', () => {
      const build = builds.get(fixtureDir(failing.fixture));
      const printed = findingLines(build?.output ?? '').map((line) => line.replace(/^.*?(?=tests\/fixtures\/)/, ''));
      expect(printed).toEqual(expected(failing));
      expect(build?.status).not.toBe(0);
      expect(readdirSync(build?.outDir ?? '')).toEqual([]);
    });
  });
}
