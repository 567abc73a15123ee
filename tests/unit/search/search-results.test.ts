import { describe, expect, test } from 'vitest';
import {
  buildFilterGroups,
  describeFilter,
  describeResults,
  emptyAdvice,
  excerptParts,
  matchingQuestions,
  shapeHit,
  type PagefindResultData,
} from '../../../src/lib/search/search-results.ts';
import { emptySearchState, toggleFilter } from '../../../src/lib/search/search-state.ts';

const PAGE = '/briefings/2026/05/23/a/?pagefind-highlight=triton';

function subResult(title: string, excerpt: string, score: number, anchor?: string) {
  return {
    title,
    url: anchor ? `${PAGE}#${anchor}` : PAGE,
    excerpt,
    ...(anchor ? { anchor: { id: anchor } } : {}),
    weighted_locations: [{ balanced_score: score }],
  };
}

function result(overrides: Partial<PagefindResultData> = {}): PagefindResultData {
  return {
    url: PAGE,
    excerpt: 'the page <mark>Triton</mark> excerpt',
    raw_content: 'the page triton excerpt',
    locations: [2],
    meta: { title: 'Soumith Chintala credited', date: '2026-05-23', dek: 'The dek.' },
    sub_results: [subResult('Is there direct evidence?', 'with <mark>Triton</mark> kernels', 10, 'is-there')],
    ...overrides,
  };
}

describe('excerptParts', () => {
  test('splits out the marked words', () => {
    expect(excerptParts('using <mark>PyTorch</mark> with <mark>Triton</mark>')).toEqual([
      { text: 'using ', marked: false },
      { text: 'PyTorch', marked: true },
      { text: ' with ', marked: false },
      { text: 'Triton', marked: true },
    ]);
  });

  test('decodes entities into text, so markup in a briefing is shown, never run', () => {
    expect(excerptParts('a &lt;script&gt; &amp; &quot;b&quot; it&#39;s')).toEqual([
      { text: 'a <script> & "b" it\'s', marked: false },
    ]);
  });

  test('drops the space left where an unindexed citation chip stood before punctuation', () => {
    expect(excerptParts('with <mark>Triton</mark> kernels . That does not')).toEqual([
      { text: 'with ', marked: false },
      { text: 'Triton', marked: true },
      { text: ' kernels. That does not', marked: false },
    ]);
  });
});

describe('matchingQuestions', () => {
  const subs = [
    subResult('Title', 'intro', 50),
    subResult('Q1?', 'one', 1, 'q1'),
    subResult('Q2?', 'two', 9, 'q2'),
    subResult('Q3?', 'three', 5, 'q3'),
  ];

  test('lists only question sections, never the intro, with links to their ids', () => {
    expect(matchingQuestions(subs, 5).map(({ title, url }) => [title, url])).toEqual([
      ['Q1?', `${PAGE}#q1`],
      ['Q2?', `${PAGE}#q2`],
      ['Q3?', `${PAGE}#q3`],
    ]);
  });

  test('keeps the best matches when there are too many, in the order the briefing asks them', () => {
    expect(matchingQuestions(subs, 2).map(({ title }) => title)).toEqual(['Q2?', 'Q3?']);
  });
});

describe('shapeHit', () => {
  test('gives title, readable date and matching questions', () => {
    const hit = shapeHit(result(), 'en', true);
    expect(hit.title).toBe('Soumith Chintala credited');
    expect(hit.url).toBe(PAGE);
    expect(hit.date).toEqual({ iso: '2026-05-23', text: 'May 23, 2026' });
    expect(hit.questions).toEqual([
      {
        title: 'Is there direct evidence?',
        url: `${PAGE}#is-there`,
        excerpt: [
          { text: 'with ', marked: false },
          { text: 'Triton', marked: true },
          { text: ' kernels', marked: false },
        ],
      },
    ]);
  });

  test('shows the dek when the words matched only inside questions, which carry their own excerpts', () => {
    expect(shapeHit(result(), 'en', true).summary).toEqual([{ text: 'The dek.', marked: false }]);
  });

  test('shows the matches outside questions when there are some', () => {
    const data = result({ sub_results: [subResult('Title', 'lede <mark>Triton</mark>', 3)] });
    expect(shapeHit(data, 'en', true).summary).toEqual([
      { text: 'lede ', marked: false },
      { text: 'Triton', marked: true },
    ]);
  });

  test('shows the dek when listing by filters alone, else the page excerpt', () => {
    expect(shapeHit(result(), 'en', false).summary).toEqual([{ text: 'The dek.', marked: false }]);
    const noDek = result({ meta: { title: 'T' }, sub_results: [] });
    expect(
      shapeHit(noDek, 'en', false)
        .summary.map(({ text }) => text)
        .join(''),
    ).toBe('the page Triton excerpt');
  });
});

describe('buildFilterGroups', () => {
  const totals = {
    topic: { PyTorch: 3, People: 1, Industry: 2 },
    year: { '2025': 2, '2026': 1, '2017': 1 },
    publisher: {},
  };

  test('lists every value in the index, years newest first and the rest alphabetically, skipping empty filters', () => {
    const groups = buildFilterGroups(totals, totals, emptySearchState());
    expect(groups.map(({ label, options }) => [label, options.map(({ value }) => value)])).toEqual([
      ['Topic', ['Industry', 'People', 'PyTorch']],
      ['Year', ['2026', '2025', '2017']],
    ]);
  });

  test('counts each value among the current results and marks the selected ones', () => {
    const state = toggleFilter(emptySearchState('x'), 'topic', 'PyTorch');
    const [topic] = buildFilterGroups(totals, { topic: { PyTorch: 2, Industry: 1 } }, state);
    expect(topic?.options).toEqual([
      { value: 'Industry', count: 1, selected: false, offered: true },
      { value: 'People', count: 0, selected: false, offered: false },
      { value: 'PyTorch', count: 2, selected: true, offered: true },
    ]);
  });

  test('keeps a selected value the index does not have, so the reader can clear it', () => {
    const state = toggleFilter(emptySearchState(), 'publisher', 'gone.example');
    const publisher = buildFilterGroups(totals, totals, state).find(({ name }) => name === 'publisher');
    expect(publisher?.options).toEqual([{ value: 'gone.example', count: 0, selected: true, offered: true }]);
  });
});

describe('describeResults', () => {
  const words = emptySearchState('triton');
  const filtered = toggleFilter(emptySearchState(), 'topic', 'PyTorch');

  test('says how many briefings matched what', () => {
    expect([
      describeResults(0, words),
      describeResults(1, words),
      describeResults(3, words),
      describeResults(2, toggleFilter(words, 'year', '2026')),
      describeResults(1, filtered),
      describeResults(0, filtered),
    ]).toMatchInlineSnapshot(`
      [
        "No briefings match “triton”.",
        "1 briefing matches “triton”.",
        "3 briefings match “triton”.",
        "2 briefings match “triton” with 1 filter on.",
        "1 briefing matches these filters.",
        "No briefings match these filters.",
      ]
    `);
  });
});

describe('describeFilter', () => {
  test('names a filter value by its filter', () => {
    expect([describeFilter({ name: 'topic', value: 'AI' }), describeFilter({ name: 'year', value: '2017' })]).toEqual([
      'Topic AI',
      'Year 2017',
    ]);
  });
});

describe('emptyAdvice', () => {
  test('with filters on, names them and offers to clear them', () => {
    const state = toggleFilter(toggleFilter(emptySearchState('x'), 'year', '2017'), 'topic', 'AI');
    expect(describeResults(0, state)).toBe('No briefings match “x” with 2 filters on.');
    expect(emptyAdvice(state)).toEqual({ text: 'Filters on: Topic AI, Year 2017.', clearFilters: true });
  });

  test('without filters, suggests other words', () => {
    expect(emptyAdvice(emptySearchState('x'))).toEqual({
      text: 'Try other words, or fewer words.',
      clearFilters: false,
    });
  });
});

describe('shapeHit links', () => {
  const content = 'CPython goes (free-threaded), and free-threaded builds Free-threaded &lt;today&gt;';
  const page = '/briefings/2026/05/23/a/?pagefind-highlight=freethreaded';

  test('highlight the words the search matched, as the page spells them, on the briefing and its questions', () => {
    const data = result({
      url: page,
      raw_content: content,
      locations: [2, 4],
      sub_results: [{ ...subResult('Q?', 'x', 1, 'q'), url: `${page}#q` }],
    });
    const hit = shapeHit(data, 'en', true);
    expect(hit.url).toBe('/briefings/2026/05/23/a/?pagefind-highlight=free-threaded');
    expect(hit.questions.map(({ url }) => url)).toEqual([
      '/briefings/2026/05/23/a/?pagefind-highlight=free-threaded#q',
    ]);
  });

  test('highlight nothing when the search had no words', () => {
    const data = result({ url: '/briefings/2026/05/23/a/?pagefind-highlight=', locations: [], sub_results: [] });
    expect(shapeHit(data, 'en', false).url).toBe('/briefings/2026/05/23/a/');
  });
});
