// @ts-check
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { contentCheck } from './src/integrations/content-check.ts';
import { devAddress } from './src/integrations/dev-address.ts';
import { devServerFlag } from './src/integrations/dev-server-flag.ts';
import { incrementalGuard } from './src/integrations/incremental-guard.ts';
import { shareImageCache } from './src/integrations/share-image-cache.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { briefingSitemap } from './src/integrations/sitemap.ts';
import { stagedOutput, stagingDir } from './src/integrations/staged-output.ts';
import { quietBundlerLog } from './src/lib/site/build-warnings.ts';
import { briefingMarkdownProcessor } from './src/markdown/processor.ts';
import { buildSettings } from './src/site.config.ts';

const settings = buildSettings(process.env, fileURLToPath(new URL('.', import.meta.url)));
const { site, base, outDir, contentDir, cacheDir, viteCacheDir, incrementalBuild } = settings;

export default defineConfig({
  site,
  base,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  // Four pages at a time: share images draw in worker threads, one per core, and keep them busy while pages render.
  build: { concurrency: 4 },
  // Pages whose route returns a cacheKey (src/data/routes.ts) are copied from the last build when
  // neither their key nor their code changed; the rest render every time. Stored in cacheDir.
  experimental: { incrementalBuild },
  markdown: { processor: briefingMarkdownProcessor(), syntaxHighlight: false },
  integrations: [
    contentCheck(contentDir, base),
    devAddress(cacheDir),
    incrementalGuard(),
    shareImageCache(settings),
    devServerFlag(),
    mdx(),
    // The sitemap reads the pages as they are built, in the staging folder.
    briefingSitemap({ ...settings, outDir: stagingDir(outDir) }),
    pagefindIntegration(),
    securityHeaders(settings.signup?.endpoint),
    stagedOutput(outDir),
  ],
  vite: {
    plugins: [tailwindcss()],
    cacheDir: viteCacheDir,
    build: {
      rolldownOptions: { onLog: quietBundlerLog },
      // Scripts stay files, even small ones: cached once for every page rather than repeated in
      // each page's HTML. Other assets keep Vite's rule.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
    },
  },
});
