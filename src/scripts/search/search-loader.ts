import { isSearchShortcut } from '../../lib/search/search-keys.ts';

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/**
 * Wires the header search without loading it: `/` and Ctrl/⌘+K focus the field, and the search
 * code and index load only when a reader hovers or focuses it. Without JavaScript the field is a
 * plain form that opens the search page.
 */
export function loadSearchOnDemand(root: Document): void {
  const form = root.querySelector<HTMLFormElement>('[data-search-box]');
  const input = form?.querySelector<HTMLInputElement>('[data-search-input]');
  if (!form || !input) return;
  let loading: Promise<unknown> | undefined;
  const load = () =>
    (loading ??= import('./search-box.ts')
      .then(({ enhanceSearchBox }) => enhanceSearchBox(form))
      // Offline: the field stays a plain form; the next hover or focus tries again.
      .catch(() => (loading = undefined)));
  form.addEventListener('pointerenter', load);
  input.addEventListener('focus', load);
  root.addEventListener('keydown', (event) => {
    if (!isSearchShortcut(event, isTyping(event.target))) return;
    event.preventDefault();
    // On the search page the page's own field is the one to type in.
    const field = root.querySelector<HTMLInputElement>('[data-search-page] input[type="search"]') ?? input;
    field.focus();
    field.select();
  });
}
