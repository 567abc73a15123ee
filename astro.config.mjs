// @ts-check
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { briefingSitemap } from './src/integrations/sitemap.ts';
import { briefingMarkdownProcessor } from './src/markdown/processor.ts';
import { buildSettings } from './src/site.config.ts';

const settings = buildSettings(process.env);
const { site, base, outDir } = settings;

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  markdown: { processor: briefingMarkdownProcessor(), syntaxHighlight: false },
  integrations: [mdx(), briefingSitemap(settings), pagefindIntegration()],
  security: {
    csp: {
      // Pagefind searches with WebAssembly; 'wasm-unsafe-eval' allows compiling it and nothing else.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  vite: { plugins: [tailwindcss()] },
});
