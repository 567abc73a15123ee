import { describe, expect, test } from 'vitest';
import { citablePlace } from '../../../src/lib/citations/citable-text.ts';

describe('citablePlace', () => {
  test('text in a paragraph or a list is citable', () => {
    expect(citablePlace([{ type: 'paragraph' }, { type: 'listItem' }, { type: 'root' }])).toBe('text');
  });

  test('text in a Markdown link, a reference link or an HTML <a> stays text', () => {
    expect(citablePlace([{ type: 'link' }, { type: 'paragraph' }])).toBe('link');
    expect(citablePlace([{ type: 'linkReference' }])).toBe('link');
    expect(citablePlace([{ type: 'mdxJsxTextElement', name: 'a' }])).toBe('link');
  });

  test('text in a heading is a heading, unless it is also in a link', () => {
    expect(citablePlace([{ type: 'emphasis' }, { type: 'heading' }])).toBe('heading');
    expect(citablePlace([{ type: 'link' }, { type: 'heading' }])).toBe('link');
  });
});
