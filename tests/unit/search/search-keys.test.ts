import { describe, expect, test } from 'vitest';
import { isSearchShortcut, nextActiveIndex } from '../../../src/lib/search/search-keys.ts';

const press = (key: string, modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...modifiers,
});

describe('isSearchShortcut', () => {
  test('opens search on Ctrl+K and ⌘K, even while typing', () => {
    expect(isSearchShortcut(press('k', { ctrlKey: true }), true)).toBe(true);
    expect(isSearchShortcut(press('K', { metaKey: true }), false)).toBe(true);
  });

  test('opens search on / unless the reader is typing in a field', () => {
    expect(isSearchShortcut(press('/'), false)).toBe(true);
    expect(isSearchShortcut(press('/'), true)).toBe(false);
  });

  test('leaves other keys and Alt combinations alone', () => {
    expect(isSearchShortcut(press('k'), false)).toBe(false);
    expect(isSearchShortcut(press('k', { ctrlKey: true, altKey: true }), false)).toBe(false);
    expect(isSearchShortcut(press('/', { ctrlKey: true }), false)).toBe(false);
  });
});

describe('nextActiveIndex', () => {
  test('moves down and up, wrapping at both ends', () => {
    expect(nextActiveIndex('ArrowDown', -1, 3)).toBe(0);
    expect(nextActiveIndex('ArrowDown', 2, 3)).toBe(0);
    expect(nextActiveIndex('ArrowUp', -1, 3)).toBe(2);
    expect(nextActiveIndex('ArrowUp', 0, 3)).toBe(2);
    expect(nextActiveIndex('ArrowUp', 2, 3)).toBe(1);
  });

  test('has nothing to activate in an empty list', () => {
    expect(nextActiveIndex('ArrowDown', -1, 0)).toBe(-1);
  });
});
