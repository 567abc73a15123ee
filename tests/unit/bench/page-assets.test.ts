import { describe, expect, test } from 'vitest';
import { listPageAssets, listStaticImports } from '../../../bench/lib/page-assets.ts';

describe('listPageAssets', () => {
  test('lists stylesheets, scripts and module preloads, whatever the attribute order and quoting', () => {
    const html = `<!DOCTYPE html><html><head>
      <link rel="stylesheet" href="/_astro/index.B1.css">
      <link href='/_astro/print.C2.css' media=print rel=stylesheet>
      <link rel="icon" href="/favicon.svg">
      <link rel="modulepreload" href="/_astro/chunk.D3.js">
      <script type="module" src="/_astro/page.E4.js"></script>
      <script type="module">console.log('inline: part of the HTML')</script>
      </head><body><script src="/_astro/page.E4.js"></script></body></html>`;
    expect(listPageAssets(html)).toEqual({
      css: ['/_astro/index.B1.css', '/_astro/print.C2.css'],
      js: ['/_astro/chunk.D3.js', '/_astro/page.E4.js'],
    });
  });

  test('finds nothing in a page without assets', () => {
    expect(listPageAssets('<p>Plain.</p>')).toEqual({ css: [], js: [] });
  });
});

describe('listStaticImports', () => {
  test('follows static imports and re-exports in minified code, not dynamic imports', () => {
    const code = `import{a as b}from"./shared.F5.js";import"./side-effect.js";export*from'./more.js';const s=()=>import("/pagefind/pagefind.js");`;
    expect(listStaticImports(code)).toEqual(['./shared.F5.js', './side-effect.js', './more.js']);
  });
});
