// @ts-check
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { draftVisibility } from './src/integrations/drafts.ts';
import { briefingMarkdownProcessor } from './src/markdown/processor.ts';
import { buildSettings } from './src/site.config.ts';

const { site, base, outDir, contentDir } = buildSettings(process.env);

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  markdown: { processor: briefingMarkdownProcessor(), syntaxHighlight: false },
  integrations: [contentCheck(contentDir), draftVisibility(), mdx()],
  security: { csp: true },
  vite: { plugins: [tailwindcss()] },
});
