import type { TestInfo } from '@playwright/test';
import { buildSettings } from '../../src/site.config.ts';

/**
 * The build a Playwright project tests (`dist/`, or a temporary folder for the sub-path build)
 * and the absolute URLs it publishes, under the configured origin and the project's base path.
 */
export function publishedSite(testInfo: TestInfo, baseURL: string | undefined) {
  const base = new URL(baseURL ?? '/').pathname;
  const root = new URL(base, buildSettings(process.env).site).href;
  return {
    outDir: String(testInfo.project.metadata['outDir']),
    /** The absolute URL the site publishes for a site-relative path. */
    published: (path: string) => new URL(path, root).href,
    /** The site-relative path of one of the site's absolute URLs, or undefined if it is not the site's. */
    pathOf: (url: string) => (url.startsWith(root) ? url.slice(root.length) : undefined),
  };
}
