import { satteri } from '@astrojs/markdown-satteri';
import { MARKDOWN_FEATURES } from '../lib/markdown-features';
import { citationPlugin } from './citation-plugin';
import { questionPlugin } from './question-plugin';
import { reportPlugin } from './report-plugin';
import { topicPlugin } from './topic-plugin';

/**
 * The one place the Markdown processor is chosen. Sätteri (native) over remark/rehype:
 * see README "Design notes" for the measurement. The syntax it reads is shared with the
 * content check (`lib/markdown-features.ts`).
 */
export function briefingMarkdownProcessor() {
  return satteri({
    mdastPlugins: [topicPlugin, citationPlugin, questionPlugin, reportPlugin],
    features: MARKDOWN_FEATURES,
  });
}
