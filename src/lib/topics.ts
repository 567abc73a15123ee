import type { FieldProblem } from './diagnostics.ts';
import { suggestClosest } from './suggest.ts';

/** Topics that content/topics.json does not list, each with a did-you-mean when one is close. */
export function checkTopics(topics: readonly string[], knownTopics: readonly string[]): FieldProblem[] {
  return topics.flatMap((topic, index) => {
    if (knownTopics.includes(topic)) return [];
    const closest = suggestClosest(topic, knownTopics);
    return [
      {
        path: ['topics', index],
        message: `Unknown topic "${topic}".`,
        hint: `${closest ? `did you mean "${closest}"? ` : ''}use a topic listed in content/topics.json, or add "${topic}" there`,
      },
    ];
  });
}
