/**
 * Loads the citation cards and sheet on the first hover, focus or tap of a chip or tip, so a
 * page that is only read loads none of it. A tap on a touch screen while the code loads is held
 * back here (it would jump to the Sources list) and handed on to open the sheet.
 */
const TARGETS = 'a[role="doc-noteref"], [data-tip]';
const EVENTS = ['pointerover', 'focusin', 'click'] as const;

export function loadCitationsOnDemand(root: Document): void {
  let latest: Event | undefined;
  let loading = false;
  const start = (event: Event) => {
    const target = (event.target as Element).closest?.(TARGETS);
    if (!target) return;
    const tap = event.type === 'click' && target.matches('a') && matchMedia('(hover: none)').matches;
    if (tap) event.preventDefault();
    // A tap wins over the hover that came with it; a mouse click is left to follow the link.
    if (tap || (event.type !== 'click' && latest?.type !== 'click')) latest = event;
    if (loading) return;
    loading = true;
    import('./cite-cards.ts')
      .then(({ enhanceCitations }) => {
        for (const type of EVENTS) root.removeEventListener(type, start);
        if (latest) enhanceCitations(root, latest);
      })
      // Offline: chips stay links to the Sources list; the next hover, focus or tap tries again.
      .catch(() => (loading = false));
  };
  for (const type of EVENTS) root.addEventListener(type, start);
}
