/** Escape hides the open citation card until the pointer or focus leaves its chip (WCAG 1.4.13). */
export function dismissCardsOnEscape(root: Document): void {
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const cite of root.querySelectorAll<HTMLElement>('[data-cite]:hover, [data-cite]:focus-within')) {
      // Focus on the card's quote link would vanish with the card: hand it back to the chip first.
      const chip = cite.querySelector<HTMLElement>('[role="doc-noteref"]');
      if (chip && root.activeElement !== chip && cite.contains(root.activeElement)) chip.focus();
      cite.dataset['dismissed'] = '';
      const restore = () => delete cite.dataset['dismissed'];
      cite.addEventListener('mouseleave', restore, { once: true });
      cite.addEventListener('focusout', restore, { once: true });
    }
  });
}
