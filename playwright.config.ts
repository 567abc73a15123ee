import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/support/chromium';

const PORT = Number(process.env['E2E_PORT'] ?? 4399);
const FIXTURE_PORT = Number(process.env['E2E_FIXTURE_PORT'] ?? PORT + 10);
const BASE_PATH = process.env['BASE_PATH'] ?? '/';
const siteUrl = (port: number) => `http://localhost:${port}${BASE_PATH}`;

/** Builds the site and serves it with `astro preview`; the environment chooses content and output folders. */
const server = (port: number, env: Record<string, string> = {}) => ({
  command: `npm run build && npm run preview -- --port ${port} --ignore-lock`,
  url: siteUrl(port),
  env,
  reuseExistingServer: !process.env['CI'],
  timeout: 300_000,
  stdout: 'ignore' as const,
});

/**
 * End-to-end tests run against built sites, served by `astro preview`, in a real Chromium:
 * the real content, and (for `*.fixture.spec.ts`) fixture briefings showing what the real
 * content does not yet have, such as corrections.
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
    { name: 'site', testIgnore: '**/*.fixture.spec.ts', use: { baseURL: siteUrl(PORT) } },
    { name: 'fixtures', testMatch: '**/*.fixture.spec.ts', use: { baseURL: siteUrl(FIXTURE_PORT) } },
  ],
  // Playwright starts these one after the other, so the two builds never share Astro's cache at once.
  webServer: [
    server(PORT),
    server(FIXTURE_PORT, {
      CONTENT_DIR: 'tests/fixtures/corrections',
      OUT_DIR: join(tmpdir(), `briefing-e2e-fixtures-${FIXTURE_PORT}`),
    }),
  ],
});
