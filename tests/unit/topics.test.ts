import { describe, expect, test } from 'vitest';
import { checkTopics } from '../../src/lib/topics';

describe('checkTopics', () => {
  test('reports each unknown topic at its place in the list, with a did-you-mean', () => {
    expect(checkTopics(['pytorch', 'pytroch', 'cooking'], ['pytorch', 'jax'])).toEqual([
      {
        path: ['topics', 1],
        message: 'Unknown topic "pytroch".',
        hint: 'did you mean "pytorch"? use a topic listed in content/topics.json, or add "pytroch" there',
      },
      {
        path: ['topics', 2],
        message: 'Unknown topic "cooking".',
        hint: 'use a topic listed in content/topics.json, or add "cooking" there',
      },
    ]);
  });

  test('accepts listed topics', () => {
    expect(checkTopics(['jax'], ['pytorch', 'jax'])).toEqual([]);
  });
});
