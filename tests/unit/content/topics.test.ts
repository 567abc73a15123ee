import { describe, expect, test } from 'vitest';
import topicTable from '../../../content/topics.json';
import { checkTopics, listTopics } from '../../../src/lib/content/topics.ts';

const known = listTopics(topicTable).map((topic) => topic.slug);

describe('listTopics', () => {
  test('keeps the table’s order, names and descriptions', () => {
    expect(
      listTopics({ b: { name: 'B', description: 'About B.' }, a: { name: 'A', description: 'About A.' } }),
    ).toEqual([
      { slug: 'b', name: 'B', description: 'About B.' },
      { slug: 'a', name: 'A', description: 'About A.' },
    ]);
  });
});

describe('checkTopics', () => {
  test('accepts topics listed in content/topics.json', () => {
    expect(checkTopics(['pytorch', 'open-source'], known)).toEqual([]);
  });

  test('names an unknown topic at its position, with a did-you-mean when one is close', () => {
    expect(checkTopics(['pytorch', 'tensorflw', 'cooking'], known)).toMatchInlineSnapshot(`
      [
        {
          "hint": "did you mean "tensorflow"? use a topic listed in content/topics.json, or add "tensorflw" there with a name and a description",
          "message": "Unknown topic "tensorflw".",
          "path": [
            "topics",
            1,
          ],
        },
        {
          "hint": "use a topic listed in content/topics.json, or add "cooking" there with a name and a description",
          "message": "Unknown topic "cooking".",
          "path": [
            "topics",
            2,
          ],
        },
      ]
    `);
  });
});
