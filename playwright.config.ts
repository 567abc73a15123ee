import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/lib/chromium.ts';

const PORT = Number(process.env['E2E_PORT'] ?? 4399);
const FIXTURE_PORT = Number(process.env['E2E_FIXTURE_PORT'] ?? PORT + 10);
/** The whole suite runs again on a build deployed under a sub-path, served on a port of its own. */
const SUB_PATH = '/news/';
const SUB_PATH_PORT = Number(process.env['E2E_SUB_PATH_PORT'] ?? PORT + 100);
const SUB_PATH_OUT_DIR = join(tmpdir(), `briefing-e2e-news-${SUB_PATH_PORT}`);
/** The sign-up endpoint the fixture site is built with; its tests read it from the project's metadata. */
const SIGNUP_ENDPOINT = 'https://list.example/subscribe/briefing';
const FIXTURE_SPECS = '**/*.fixture.spec.ts';

/** Builds the site and serves it with `astro preview`; the environment chooses base path, content and output folders. */
const server = (
  port: number,
  env: { BASE_PATH?: string; CONTENT_DIR?: string; OUT_DIR?: string; SIGNUP_ENDPOINT?: string } = {},
) => ({
  command: `npm run build && npm run preview -- --port ${port} --ignore-lock`,
  url: `http://localhost:${port}${env.BASE_PATH ?? '/'}`,
  env: { BASE_PATH: '', OUT_DIR: '', SIGNUP_ENDPOINT: '', ...env },
  reuseExistingServer: !process.env['CI'],
  timeout: 300_000,
  stdout: 'ignore' as const,
});

/**
 * End-to-end tests run against built sites, served by `astro preview`, in a real Chromium:
 * the real content at the root and under a sub-path, and (for `*.fixture.spec.ts`) fixture
 * briefings showing what the real content does not yet have, such as corrections.
 */
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
    {
      name: 'site',
      testIgnore: FIXTURE_SPECS,
      use: { baseURL: `http://localhost:${PORT}/` },
      metadata: { outDir: 'dist' },
    },
    {
      name: 'sub-path',
      testIgnore: FIXTURE_SPECS,
      use: { baseURL: `http://localhost:${SUB_PATH_PORT}${SUB_PATH}` },
      metadata: { outDir: SUB_PATH_OUT_DIR },
    },
    {
      name: 'fixtures',
      testMatch: FIXTURE_SPECS,
      use: { baseURL: `http://localhost:${FIXTURE_PORT}/` },
      metadata: { signupEndpoint: SIGNUP_ENDPOINT },
    },
  ],
  // Playwright starts these one after the other, so no two builds share Astro's cache at once.
  webServer: [
    server(PORT),
    server(FIXTURE_PORT, {
      CONTENT_DIR: 'tests/fixtures/corrections',
      OUT_DIR: join(tmpdir(), `briefing-e2e-fixtures-${FIXTURE_PORT}`),
      // The fixture site has a mailing list: its form and its policy follow the setting.
      SIGNUP_ENDPOINT,
    }),
    server(SUB_PATH_PORT, { BASE_PATH: SUB_PATH, OUT_DIR: SUB_PATH_OUT_DIR }),
  ],
});
