import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ASTRO = join(process.cwd(), 'node_modules/astro/bin/astro.mjs');

/** Vitest's own variables (DEV=1, NODE_ENV=test, …) would reach the build's import.meta.env and make it a dev build. */
const VITEST_VARIABLES = new Set(['DEV', 'PROD', 'SSR', 'MODE', 'BASE_URL', 'NODE_ENV', 'TEST', 'VITEST']);

function parentEnv(): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITEST_VARIABLES.has(name)));
}

/** Runs the real `astro build` over a fixture content folder into a fresh temporary folder. */
export function buildFixture(contentDir: string, env: Record<string, string> = {}) {
  const outDir = mkdtempSync(join(tmpdir(), 'briefing-build-'));
  const result = spawnSync(process.execPath, [ASTRO, 'build'], {
    env: { ...parentEnv(), CONTENT_DIR: contentDir, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}
