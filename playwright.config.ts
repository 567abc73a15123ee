import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/support/chromium';

const PORT = Number(process.env['E2E_PORT'] ?? 4399);
/** The same suite against a build deployed under a sub-path, served on a port of its own. */
const SUB_PATH = { base: '/news/', port: Number(process.env['E2E_SUB_PATH_PORT'] ?? PORT + 100) };
const SUB_PATH_OUT_DIR = join(tmpdir(), `briefing-e2e-news-${SUB_PATH.port}`);

/** A built site served by `astro preview`; builds run one after the other, as Playwright starts servers in order. */
function server(port: number, env: Record<string, string>) {
  return {
    command: `npm run build && npm run preview -- --port ${port} --ignore-lock`,
    url: `http://localhost:${port}${env['BASE_PATH'] || '/'}`,
    env,
    reuseExistingServer: !process.env['CI'],
    timeout: 300_000,
    stdout: 'ignore' as const,
  };
}

/** End-to-end tests run against the built site, at the root and under a sub-path, in a real Chromium. */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env['CI']),
  reporter: process.env['CI'] ? 'line' : 'list',
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'root', use: { baseURL: `http://localhost:${PORT}/` }, metadata: { outDir: 'dist' } },
    {
      name: 'sub-path',
      use: { baseURL: `http://localhost:${SUB_PATH.port}${SUB_PATH.base}` },
      metadata: { outDir: SUB_PATH_OUT_DIR },
    },
  ],
  webServer: [
    server(PORT, { BASE_PATH: '', OUT_DIR: '' }),
    server(SUB_PATH.port, { BASE_PATH: SUB_PATH.base, OUT_DIR: SUB_PATH_OUT_DIR }),
  ],
});
