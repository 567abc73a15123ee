import { readdirSync } from 'node:fs';
import type { TestInfo } from '@playwright/test';
import { buildSettings } from '../../src/site.config';

/** Where the project's build is (`dist/`, or elsewhere for the sub-path build) and the origin its absolute URLs use. */
export function builtSite(testInfo: TestInfo, baseURL: string | undefined) {
  const base = new URL(baseURL ?? '/').pathname;
  const root = new URL(base, buildSettings(process.env).site).href;
  const outDir = String(testInfo.project.metadata['outDir']);
  return {
    outDir,
    /** The absolute URL the site publishes for a site-relative path. */
    published: (path: string) => new URL(path, root).href,
    /** The site-relative path of one of the site's absolute URLs, or undefined if it is not the site's. */
    pathOf: (url: string) => (url.startsWith(root) ? url.slice(root.length) : undefined),
    /** Site-relative paths of every built briefing page and question share page. */
    briefingPages: () =>
      readdirSync(outDir, { recursive: true, encoding: 'utf8' })
        .filter((file) => /^briefings\/.*index\.html$/.test(file))
        .map((file) => file.replace(/index\.html$/, '')),
  };
}
