import { describe, expect, test } from 'vitest';
import {
  createCitationNumbering,
  parseCitations,
  splitAtMarkers,
  stripCitations,
  unescapeMarkers,
  sourceAnchorId,
} from '../../../src/lib/citations/citations.ts';

describe('parseCitations', () => {
  test('finds a single marker with its offsets', () => {
    const text = 'OpenAI said so [@openai-2020].';
    expect(parseCitations(text)).toEqual({
      markers: [{ ids: ['openai-2020'], start: 15, end: 29 }],
      escaped: [],
      problems: [],
    });
  });

  test('reads several sources in one marker, in the order written', () => {
    expect(parseCitations('Both agree [@meta-1-0; @pytorch-foundation-2022].').markers[0]?.ids).toEqual([
      'meta-1-0',
      'pytorch-foundation-2022',
    ]);
  });

  test('accepts markers touching punctuation and each other', () => {
    const { markers } = parseCitations('First,[@a]; then[@b][@c].');
    expect(markers.map((marker) => marker.ids)).toEqual([['a'], ['b'], ['c']]);
  });

  test('leaves escaped brackets as literal text', () => {
    const parsed = parseCitations('Write \\[@id] to cite.');
    expect(parsed.markers).toEqual([]);
    expect(parsed.escaped).toEqual([7]);
  });

  test('treats a doubled backslash as an escaped backslash, so the marker counts', () => {
    expect(parseCitations('path\\\\[@a]').markers).toHaveLength(1);
  });

  test.each([
    ['[@', 'Citation marker is not closed.'],
    ['see [@openai-2020 and more', 'Citation marker is not closed.'],
    ['[@a [@b]', 'Citation marker is not closed.'],
    ['[@ openai]', 'Malformed citation marker "[@ openai]".'],
    ['[@OpenAI]', 'Malformed citation marker "[@OpenAI]".'],
    ['[@a, @b]', 'Malformed citation marker "[@a, @b]".'],
    ['[@a; b]', 'Malformed citation marker "[@a; b]".'],
  ])('reports %j as a problem', (text, message) => {
    const { markers, problems } = parseCitations(text);
    expect(problems.map((problem) => problem.message)).toContain(message);
    expect(problems[0]?.hint).toContain('[@source-id]');
    expect(markers.filter((marker) => marker.start === problems[0]?.start)).toEqual([]);
  });

  test('positions a problem at its opening bracket', () => {
    expect(parseCitations('ok [@a] then [@ bad]').problems[0]?.start).toBe(13);
  });

  test('ignores brackets that are not citations', () => {
    expect(parseCitations('An [aside] and a [link](https://example.com) and email@x.com')).toEqual({
      markers: [],
      escaped: [],
      problems: [],
    });
  });
});

describe('splitAtMarkers', () => {
  test('cuts text into runs and citations in reading order', () => {
    const text = 'A [@a] and B [@b; @c].';
    expect(splitAtMarkers(text, parseCitations(text).markers)).toEqual([
      { text: 'A ' },
      { cite: ['a'] },
      { text: ' and B ' },
      { cite: ['b', 'c'] },
      { text: '.' },
    ]);
  });
});

describe('stripCitations', () => {
  test('removes markers and the space before punctuation', () => {
    expect(stripCitations('OpenAI chose PyTorch [@openai-2020].')).toBe('OpenAI chose PyTorch.');
  });

  test('keeps escaped markers as the literal text they show', () => {
    expect(stripCitations('Type \\[@id] to cite [@a].')).toBe('Type [@id] to cite.');
  });
});

describe('unescapeMarkers', () => {
  test('turns \\[@ into [@ and leaves other text alone', () => {
    expect(unescapeMarkers('a \\[@b] \\[c]')).toBe('a [@b] \\[c]');
  });
});

describe('createCitationNumbering', () => {
  test('numbers sources by first citation and ids each chip by occurrence', () => {
    const numbering = createCitationNumbering();
    expect(numbering.cite('b')).toEqual({ sourceId: 'b', number: 1, refId: 'cite-b-1' });
    expect(numbering.cite('a')).toEqual({ sourceId: 'a', number: 2, refId: 'cite-a-1' });
    expect(numbering.cite('b')).toEqual({ sourceId: 'b', number: 1, refId: 'cite-b-2' });
    expect(numbering.index()).toEqual({
      order: ['b', 'a'],
      refs: { b: ['cite-b-1', 'cite-b-2'], a: ['cite-a-1'] },
    });
  });
});

describe('sourceAnchorId', () => {
  test("names a source's entry in the Sources list, which its chips link to", () => {
    expect(sourceAnchorId('openai-2020')).toBe('source-openai-2020');
  });
});
