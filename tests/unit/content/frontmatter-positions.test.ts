import { describe, expect, test } from 'vitest';
import { locateFrontmatterField } from '../../../src/lib/content/frontmatter-positions.ts';

describe('locateFrontmatterField', () => {
  const file = ['---', 'title: T', 'sources:', '  - id: a', '    url: javascript:x', '---', 'Body'].join('\n');
  test('finds a nested field', () => {
    expect(locateFrontmatterField(file, ['sources', 0, 'url'])).toEqual({ line: 5, column: 10 });
  });
  test('falls back to the deepest field that exists', () => {
    expect(locateFrontmatterField(file, ['sources', 3, 'url'])).toEqual({ line: 4, column: 3 });
  });
});
