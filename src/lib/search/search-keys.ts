/** The parts of a keyboard event that decide what a key does. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** True for the keys that open search from any page: Ctrl+K or ⌘K, and `/` when not typing in a field. */
export function isSearchShortcut(press: KeyPress, typing: boolean): boolean {
  if (press.altKey) return false;
  if (press.ctrlKey || press.metaKey) return press.key.toLowerCase() === 'k';
  return press.key === '/' && !typing;
}

/** The option made active by ArrowDown or ArrowUp among `count` options, wrapping at the ends; -1 is none. */
export function nextActiveIndex(key: string, current: number, count: number): number {
  if (count === 0) return -1;
  if (key === 'ArrowDown') return current + 1 >= count ? 0 : current + 1;
  if (key === 'ArrowUp') return current <= 0 ? count - 1 : current - 1;
  return current;
}
