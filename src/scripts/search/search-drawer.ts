/** Wide enough for the filters to sit beside the results (Tailwind's `md`, as SearchPanel.astro lays it out). */
const WIDE = '(min-width: 48rem)';

/** The filter panel's two homes (SearchPanel.astro): a column beside the results, and a drawer over them. */
export interface FilterDrawer {
  /** True when a reader can see the filters: on a wide screen, or with the drawer open. */
  inView(): boolean;
}

const FOCUSABLE = 'button, input, select, textarea, a[href]';

/** Keeps Tab inside the open drawer: from its last control to its first, and back with Shift+Tab. */
function trapFocus(dialog: HTMLDialogElement, event: KeyboardEvent): void {
  if (event.key !== 'Tab') return;
  const controls = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (control) => control.checkVisibility() && !control.matches(':disabled'),
  );
  const [first, last] = [controls[0], controls.at(-1)];
  const edge = event.shiftKey ? first : last;
  if (!first || !last || dialog.ownerDocument.activeElement !== edge) return;
  event.preventDefault();
  (event.shiftKey ? last : first).focus();
}

/**
 * Puts the filter panel beside the results on wide screens and in a modal drawer on phones,
 * moving it when the screen changes (its ticks go with it). The drawer's button, its Close
 * button, Escape and a tap outside close it, and focus returns to the button. `onShow` runs
 * whenever the filters come into view.
 */
export function placeFilters(root: Document, panel: HTMLElement, onShow: () => void): FilterDrawer | undefined {
  const get = <T extends Element>(hook: string) => root.querySelector<T>(`[data-search-page] [${hook}]`);
  const sidebar = get<HTMLElement>('data-search-sidebar');
  const opener = get<HTMLButtonElement>('data-search-drawer-open');
  const dialog = get<HTMLDialogElement>('data-search-drawer');
  const body = get<HTMLElement>('data-search-drawer-body');
  const close = get<HTMLButtonElement>('data-search-drawer-close');
  if (!sidebar || !opener || !dialog || !body || !close) return undefined;
  const wide = window.matchMedia(WIDE);
  const place = () => {
    if (wide.matches) dialog.close();
    (wide.matches ? sidebar : body).append(panel);
  };
  opener.addEventListener('click', () => {
    dialog.showModal();
    onShow();
  });
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());
  dialog.addEventListener('keydown', (event) => trapFocus(dialog, event));
  dialog.addEventListener('close', () => opener.focus());
  wide.addEventListener('change', () => {
    place();
    if (wide.matches) onShow();
  });
  place();
  sidebar.hidden = false;
  opener.hidden = false;
  return { inView: () => wide.matches || dialog.open };
}
