import pa11y from 'pa11y';
import puppeteer from 'puppeteer';
import { CHROMIUM_ARGS, findChromium } from '../chromium.ts';
import type { Finding } from './nu-checker.ts';

/**
 * pa11y with HTML_CodeSniffer (WCAG 2 AA) on each page, in light and dark mode, in the system
 * Chromium (puppeteer's own download is skipped: PUPPETEER_SKIP_DOWNLOAD).
 */
export async function checkWithPa11y(base: string, paths: readonly string[]): Promise<Finding[]> {
  const browser = await puppeteer.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const findings: Finding[] = [];
  try {
    for (const scheme of ['light', 'dark'] as const) {
      for (const path of paths) {
        const page = await browser.newPage();
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        const options = { browser, page, standard: 'WCAG2AA' as const, runners: ['htmlcs'] };
        // A page the preview server is still warming up for fails to load once now and then: try it again.
        const { issues } = await pa11y(base + path, options).catch(() => pa11y(base + path, options));
        findings.push(
          ...issues
            .filter((issue) => issue.type === 'error')
            .map((issue) => ({
              file: `${path} (${scheme})`,
              rule: issue.code,
              message: `${issue.message} ${issue.selector}`,
            })),
        );
      }
    }
  } finally {
    await browser.close();
  }
  return findings;
}
