import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ASTRO = join(process.cwd(), 'node_modules/astro/bin/astro.mjs');

/**
 * Variables Vitest puts in the environment (its `import.meta.env`). A build that inherited them
 * would think it runs in dev (`DEV=1`: drafts shown) under the wrong base (`BASE_URL=/`).
 */
const TEST_RUNNER_VARIABLES = ['TEST', 'VITEST', 'NODE_ENV', 'PROD', 'DEV', 'BASE_URL', 'MODE', 'SSR'];

/** The environment a writer's `astro build` would see, plus `overrides`. */
function buildEnvironment(overrides: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !TEST_RUNNER_VARIABLES.includes(name) && !name.startsWith('VITEST_'),
    ),
  );
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...overrides };
}

/** Runs the real `astro build` over a fixture content folder into a fresh temporary folder. */
export function buildFixture(contentDir: string, env: Record<string, string> = {}) {
  const outDir = mkdtempSync(join(tmpdir(), 'briefing-build-'));
  const result = spawnSync(process.execPath, [ASTRO, 'build'], {
    env: buildEnvironment({ CONTENT_DIR: contentDir, OUT_DIR: outDir, ...env }),
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}
