/** Escape hides the open citation card until the pointer or focus leaves its chip (WCAG 1.4.13). */
export function dismissCardsOnEscape(root: Document): void {
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const cite of root.querySelectorAll<HTMLElement>('[data-cite]:hover, [data-cite]:focus-within')) {
      cite.dataset['dismissed'] = '';
      const restore = () => delete cite.dataset['dismissed'];
      cite.addEventListener('mouseleave', restore, { once: true });
      cite.addEventListener('focusout', restore, { once: true });
    }
  });
}
