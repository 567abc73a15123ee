import { satteri } from '@astrojs/markdown-satteri';
import { citationPlugin } from './citation-plugin';
import { questionPlugin } from './question-plugin';
import { reportPlugin } from './report-plugin';
import { topicPlugin } from './topic-plugin';

/**
 * The one place the Markdown processor is chosen. Sätteri (native) over remark/rehype:
 * see README "Design notes" for the measurement. `headingAttributes` enables
 * `## Question? {#stable-id}`.
 */
export function briefingMarkdownProcessor() {
  return satteri({
    mdastPlugins: [topicPlugin, citationPlugin, questionPlugin, reportPlugin],
    features: { headingAttributes: true },
  });
}
