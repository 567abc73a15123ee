import { unified } from '@astrojs/markdown-remark';
import { satteri } from '@astrojs/markdown-satteri';
import { citePlugin } from './cite-plugin.ts';

/**
 * The baseline's Markdown processor, from BASELINE_PROCESSOR: `satteri` (default: Sätteri
 * with the citation plugin), or, to compare processors alone, `satteri-plain` or `unified`
 * (remark/rehype), both without plugins.
 */
export function baselineProcessor(name = 'satteri') {
  if (name === 'unified') return unified();
  if (name === 'satteri-plain') return satteri();
  if (name === 'satteri') return satteri({ mdastPlugins: [citePlugin] });
  throw new Error(`BASELINE_PROCESSOR is "${name}": use satteri, satteri-plain or unified.`);
}
