import { defineMdastPlugin } from 'satteri';
import topicTable from '../../content/topics.json';
import { checkTopics, listTopics } from '../lib/content/topics.ts';
import { briefingDocument, frontmatterPosition, report } from './document.ts';

const KNOWN_TOPICS = listTopics(topicTable).map((topic) => topic.slug);

/**
 * Checks the briefing's topics against content/topics.json, so a typo fails the build at its
 * line (with a did-you-mean) instead of quietly creating a topic page nobody can find.
 */
export const topicPlugin = defineMdastPlugin({
  name: 'briefing-topics',
  before(_root, ctx) {
    const document = briefingDocument(ctx);
    for (const { path, message, hint } of checkTopics(document.topics, KNOWN_TOPICS)) {
      report(document, () => frontmatterPosition(document, path), { severity: 'error', message, hint });
    }
  },
});
