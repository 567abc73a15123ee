import type { SourceProblem as FieldProblem } from '../sources/sources.ts';
import { showInvisible, suggestClosest } from './suggest.ts';

/** A topic as content/topics.json describes it. */
export interface Topic {
  slug: string;
  name: string;
  description: string;
}

/** The topics table (`{ slug: { name, description } }`) as a list, in the table's order. */
export function listTopics(table: Readonly<Record<string, { name: string; description: string }>>): Topic[] {
  return Object.entries(table).map(([slug, { name, description }]) => ({ slug, name, description }));
}

/** Topic slugs that are not in the table, each located at its frontmatter path with a did-you-mean. */
export function checkTopics(topics: readonly string[], known: readonly string[]): FieldProblem[] {
  return topics.flatMap((topic, index) => {
    if (known.includes(topic)) return [];
    const closest = suggestClosest(topic, known);
    return [
      {
        path: ['topics', index],
        message: `Unknown topic "${showInvisible(topic)}".`,
        hint: `${closest ? `did you mean "${closest}"? ` : ''}use a topic listed in content/topics.json, or add "${showInvisible(topic)}" there with a name and a description`,
      },
    ];
  });
}
