import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/**
 * A Chromium to test with: CHROMIUM_PATH if set, else a system browser, else Playwright's
 * own download. Fails with what to install when there is none.
 */
export function findChromium(env: Record<string, string | undefined> = process.env): string {
  const override = env['CHROMIUM_PATH'];
  if (override) {
    if (existsSync(override)) return override;
    throw new Error(`CHROMIUM_PATH is set to ${override}, but no file is there.`);
  }
  const candidates = [...SYSTEM_BROWSERS, chromium.executablePath()];
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    'No Chromium found for the browser tests. Install one: `sudo apt-get install -y chromium` (Debian/Ubuntu), ' +
      'or `npx playwright install chromium`, or set CHROMIUM_PATH to a Chrome or Chromium binary.',
  );
}

/** Flags for headless Chromium in containers and offline machines (no sandbox as root, no background traffic). */
export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];
