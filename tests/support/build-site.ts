import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ASTRO = join(process.cwd(), 'node_modules/astro/bin/astro.mjs');

/**
 * Variables Vitest puts in the environment (its `import.meta.env`). A build that inherited them
 * would think it runs in dev (`DEV=1`: drafts shown) under the wrong base (`BASE_URL=/`), and
 * Astro's dev server serves no pages when it sees VITEST.
 */
const TEST_RUNNER_VARIABLES = ['TEST', 'VITEST', 'NODE_ENV', 'PROD', 'DEV', 'BASE_URL', 'MODE', 'SSR'];

/** The environment a writer's `astro build` or `astro dev` would see, plus `overrides`. */
export function astroEnvironment(overrides: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !TEST_RUNNER_VARIABLES.includes(name) && !name.startsWith('VITEST_'),
    ),
  );
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...overrides };
}

/** What a build printed and returned, and the temporary folder it was told to write to. */
export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

// Each build gets caches of its own unless it is given some: builds running side by side must not
// reuse each other's pages (incremental builds) or content store.
function buildCommand(contentDir: string, env: Record<string, string>) {
  const outDir = mkdtempSync(join(tmpdir(), 'briefing-build-'));
  const cacheDir = mkdtempSync(join(tmpdir(), 'briefing-cache-'));
  return {
    args: [ASTRO, 'build'],
    env: astroEnvironment({ CONTENT_DIR: contentDir, OUT_DIR: outDir, CACHE_DIR: cacheDir, ...env }),
    outDir,
  };
}

/** Runs the real `astro build` over a fixture content folder into a fresh temporary folder. */
export function buildFixture(contentDir: string, env: Record<string, string> = {}): BuildResult {
  const { args, env: buildEnv, outDir } = buildCommand(contentDir, env);
  const result = spawnSync(process.execPath, args, { env: buildEnv, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

function buildInBackground(contentDir: string): Promise<BuildResult> {
  const { args, env, outDir } = buildCommand(contentDir, {});
  const child = spawn(process.execPath, args, { env });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, output, outDir })));
}

/**
 * Builds several fixture folders, `concurrency` at a time (the machine has two cores), and
 * returns each result by folder. For fixtures whose builds stop early: builds that get as far
 * as syncing content share Astro's `.astro/` folder and must not run side by side.
 */
export async function buildFixtures(
  contentDirs: readonly string[],
  concurrency = 2,
): Promise<Map<string, BuildResult>> {
  const results = new Map<string, BuildResult>();
  const queue = [...contentDirs];
  const worker = async () => {
    for (let dir = queue.shift(); dir !== undefined; dir = queue.shift())
      results.set(dir, await buildInBackground(dir));
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}
