import { satteri } from '@astrojs/markdown-satteri';
import { MARKDOWN_FEATURES } from '../lib/content/markdown-features.ts';
import { citationPlugin } from './citation-plugin.ts';
import { kitPlugin, tableAlignPlugin, tablePlugin } from './kit-plugin.ts';
import { questionPlugin } from './question-plugin.ts';
import { reportPlugin } from './report-plugin.ts';

/**
 * The one place the Markdown processor is chosen. Sätteri (native) over remark/rehype:
 * see README "Design notes" for the measurement. The syntax it reads is shared with the
 * content check (`lib/markdown-features.ts`).
 */
export function briefingMarkdownProcessor() {
  return satteri({
    mdastPlugins: [kitPlugin, tablePlugin, citationPlugin, questionPlugin, reportPlugin],
    hastPlugins: [tableAlignPlugin],
    features: MARKDOWN_FEATURES,
  });
}
