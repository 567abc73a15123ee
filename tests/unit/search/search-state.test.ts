import { describe, expect, test } from 'vitest';
import {
  activeFilters,
  clearFilters,
  emptySearchState,
  isEmptySearch,
  pagefindQuery,
  parseSearchState,
  serializeSearchState,
  toggleFilter,
} from '../../../src/lib/search/search-state.ts';

describe('parseSearchState', () => {
  test('reads the words, every filter value once, and the order', () => {
    expect(
      parseSearchState('?q=triton+kernels&topic=PyTorch&topic=People&topic=PyTorch&year=2026&sort=newest'),
    ).toEqual({
      query: 'triton kernels',
      filters: { topic: ['PyTorch', 'People'], year: ['2026'], publisher: [] },
      sort: 'newest',
    });
  });

  test('ignores unknown parameters, empty values and unknown orders', () => {
    expect(parseSearchState('?utm_source=x&topic=&sort=oldest')).toEqual(emptySearchState());
  });
});

describe('serializeSearchState', () => {
  test('writes a shareable query string that reads back the same', () => {
    const state = toggleFilter(
      toggleFilter(emptySearchState('open source'), 'publisher', 'openai.com'),
      'topic',
      'Open source',
    );
    const search = serializeSearchState({ ...state, sort: 'newest' });
    expect(search).toBe('?q=open+source&topic=Open+source&publisher=openai.com&sort=newest');
    expect(parseSearchState(search)).toEqual({ ...state, sort: 'newest' });
  });

  test('leaves out defaults and surrounding spaces, so an empty search is the bare page', () => {
    expect(serializeSearchState(emptySearchState('  '))).toBe('');
    expect(serializeSearchState(emptySearchState(' triton '))).toBe('?q=triton');
  });

  test('lists filter values in a stable order, whatever order they were picked in', () => {
    const ab = toggleFilter(toggleFilter(emptySearchState(), 'topic', 'B'), 'topic', 'A');
    expect(serializeSearchState(ab)).toBe('?topic=A&topic=B');
  });
});

describe('toggleFilter', () => {
  test('switches a value on, then off, without changing the state it was given', () => {
    const before = emptySearchState();
    const on = toggleFilter(before, 'year', '2026');
    expect(on.filters.year).toEqual(['2026']);
    expect(toggleFilter(on, 'year', '2026').filters.year).toEqual([]);
    expect(before.filters.year).toEqual([]);
  });
});

describe('isEmptySearch', () => {
  test('is true only without words and without filters', () => {
    expect(isEmptySearch(emptySearchState(' '))).toBe(true);
    expect(isEmptySearch(emptySearchState('a'))).toBe(false);
    expect(isEmptySearch(toggleFilter(emptySearchState(), 'topic', 'PyTorch'))).toBe(false);
  });
});

describe('pagefindQuery', () => {
  test('asks for nothing when there is nothing to search for', () => {
    expect(pagefindQuery(emptySearchState())).toBeUndefined();
  });

  test('searches words by relevance, or newest first when the reader asks', () => {
    expect(pagefindQuery(emptySearchState(' triton '))).toEqual({ term: 'triton', options: { filters: {} } });
    expect(pagefindQuery({ ...emptySearchState('triton'), sort: 'newest' })).toEqual({
      term: 'triton',
      options: { filters: {}, sort: { date: 'desc' } },
    });
  });

  test('lists briefings by filters alone, newest first, passing only the filters in use', () => {
    const state = toggleFilter(toggleFilter(emptySearchState(), 'topic', 'PyTorch'), 'year', '2026');
    expect(pagefindQuery(state)).toEqual({
      term: null,
      options: { filters: { topic: ['PyTorch'], year: ['2026'] }, sort: { date: 'desc' } },
    });
  });
});

describe('activeFilters and clearFilters', () => {
  const state = toggleFilter(
    toggleFilter(toggleFilter(emptySearchState('x'), 'year', '2017'), 'topic', 'B'),
    'topic',
    'A',
  );

  test('lists the values that are on, filter by filter, in the order they were picked', () => {
    expect(activeFilters(state)).toEqual([
      { name: 'topic', value: 'B' },
      { name: 'topic', value: 'A' },
      { name: 'year', value: '2017' },
    ]);
  });

  test('clearing keeps the words and the order, and turns every filter off', () => {
    const cleared = clearFilters({ ...state, sort: 'newest' });
    expect(cleared).toEqual({ ...emptySearchState('x'), sort: 'newest' });
    expect(activeFilters(cleared)).toEqual([]);
  });
});
