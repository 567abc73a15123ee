// @ts-check
// The bare baseline: Astro + MDX over the same briefings, one plain page each, a trivial
// citation chip and a Pagefind index. The real site cannot be faster than this.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { quietBundlerLog } from '../../src/lib/site/build-warnings.ts';
import { pagefindIndex } from './src/pagefind-index.ts';
import { baselineProcessor } from './src/processor.ts';

const cacheDir = process.env['CACHE_DIR'] || './.astro/cache';

export default defineConfig({
  outDir: process.env['OUT_DIR'] || 'dist',
  cacheDir,
  markdown: { processor: baselineProcessor(process.env['BASELINE_PROCESSOR']), syntaxHighlight: false },
  integrations: [mdx(), pagefindIndex()],
  vite: { cacheDir: `${cacheDir}/vite`, build: { rolldownOptions: { onLog: quietBundlerLog } } },
});
