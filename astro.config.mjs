// @ts-check
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { quietBundlerLog } from './src/lib/build-warnings.ts';
import { briefingMarkdownProcessor } from './src/markdown/processor.ts';
import { buildSettings } from './src/site.config.ts';

const { site, base, outDir, cacheDir, viteCacheDir } = buildSettings(process.env);

export default defineConfig({
  site,
  base,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  markdown: { processor: briefingMarkdownProcessor(), syntaxHighlight: false },
  integrations: [mdx()],
  security: { csp: true },
  vite: {
    plugins: [tailwindcss()],
    cacheDir: viteCacheDir,
    build: { rolldownOptions: { onLog: quietBundlerLog } },
  },
});
