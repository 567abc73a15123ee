/**
 * Makes sure the browser tests have a Chromium. On a fresh Debian machine run as root it
 * installs Debian's `chromium` package; anywhere else it says what to install.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './lib/chromium.ts';

function canInstallWithApt(): boolean {
  return process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

try {
  findChromium();
} catch (error) {
  if (!canInstallWithApt()) {
    console.error((error as Error).message);
    process.exit(1);
  }
  console.log('No Chromium found: installing Debian’s chromium package for the browser tests…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  });
  console.log(`Chromium installed at ${findChromium()}`);
}
