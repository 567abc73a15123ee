import { describe, expect, test } from 'vitest';
import { rawFields, parseFrontmatter, splitFrontmatter, type FrontmatterBlock } from '../../../src/lib/content/frontmatter.ts';

const FILE = '---\ntitle: "T"\ndate: 2026-05-23\n---\n\nBody [@a].\n';

function block(text: string): FrontmatterBlock {
  const split = splitFrontmatter(text);
  if ('message' in split) throw new Error(split.message);
  return split;
}

describe('splitFrontmatter', () => {
  test('cuts out the YAML and blanks it in the body, keeping every offset', () => {
    const { yaml, offset, end, body } = block(FILE);
    expect(yaml).toBe('title: "T"\ndate: 2026-05-23\n');
    expect(FILE.slice(offset, offset + yaml.length)).toBe(yaml);
    expect(FILE.slice(end)).toBe('\nBody [@a].\n');
    expect(body).toHaveLength(FILE.length);
    expect(body.indexOf('Body')).toBe(FILE.indexOf('Body'));
    expect(body.slice(0, end).trim()).toBe('');
  });

  test('says when there is no frontmatter, or it is not closed', () => {
    expect(splitFrontmatter('Just text.\n')).toMatchObject({ offset: 0, message: 'The briefing has no frontmatter.' });
    expect(splitFrontmatter('---\ntitle: T\n\nText')).toMatchObject({ message: 'The frontmatter is not closed.' });
  });
});

describe('parseFrontmatter', () => {
  test('keeps dates as the text written, for the schema to check', () => {
    const parsed = parseFrontmatter(block(FILE));
    expect(Array.isArray(parsed) ? parsed : parsed.data).toEqual({ title: 'T', date: '2026-05-23' });
  });

  test('reports YAML errors at their offset in the file, with a hint for the usual cause', () => {
    const text = '---\ntitle: Why: because\n---\n';
    expect(parseFrontmatter(block(text))).toEqual([
      {
        offset: text.indexOf('Why'),
        message: 'The frontmatter is not valid YAML: Nested mappings are not allowed in compact mappings.',
        hint: 'put text that contains ": " or " #", or starts with a quote, [ or {, inside double quotes; indent with spaces',
      },
    ]);
  });

  test('merges YAML merge keys, as Astro’s parser does', () => {
    const parsed = parseFrontmatter(block('---\nsources:\n  - &a\n    id: a\n    url: u\n  - <<: *a\n    id: b\n---\n'));
    expect(Array.isArray(parsed) ? parsed : parsed.data['sources']).toEqual([
      { id: 'a', url: 'u' },
      { id: 'b', url: 'u' },
    ]);
  });

  test('says what a duplicate field and a bad escape mean for a writer', () => {
    const hints = (yaml: string) => {
      const parsed = parseFrontmatter(block(`---\n${yaml}\n---\n`));
      return Array.isArray(parsed) ? parsed.map((finding) => finding.hint) : [];
    };
    expect(hints('title: A\ntitle: B')).toEqual(['each field may appear once: remove or merge the second one']);
    expect(hints('title: "C:\\path"')).toEqual([
      'in double quotes a backslash starts an escape: write \\\\ for a backslash, or use single quotes',
    ]);
  });

  test('rejects frontmatter that is not a set of fields', () => {
    expect(parseFrontmatter(block('---\n- a\n- b\n---\n'))).toMatchObject([
      { offset: 4, message: 'The frontmatter is not a list of fields.' },
    ]);
  });
});

describe('rawFields', () => {
  test('keeps the usable sources, key points, topics and authors of unvalidated frontmatter', () => {
    const data = { sources: [{ id: 'a', url: 'https://a.example' }, { id: 3 }, 'x'], keyPoints: ['One', 2] };
    expect(rawFields({ ...data, topics: ['jax', 7], authors: ['newsroom', null] })).toEqual({
      sources: [{ id: 'a', url: 'https://a.example' }],
      keyPoints: ['One'],
      topics: ['jax'],
      authors: ['newsroom'],
    });
    expect(rawFields({ sources: 'none' })).toEqual({ sources: [], keyPoints: [], topics: [], authors: [] });
  });
});
