import { placeCard } from '../lib/citations/card-placement.ts';
import { fillSourceCard } from './source-card.ts';

/**
 * Citation chips, enhanced (loaded by citations-loader.ts on the first hover, focus or tap of
 * a chip). With a pointer or keyboard, a card of the source shows beside the chip on hover or
 * focus, kept inside the viewport; on a touch screen a tap opens it as a bottom sheet instead
 * of jumping to the Sources list. Without JavaScript a chip is a link.
 */
export const CHIP = 'a[role="doc-noteref"]';
/** True on a touch screen, where a tap opens the sheet. */
export const touchOnly = () => matchMedia('(hover: none)').matches;

function entryOf(chip: HTMLAnchorElement): HTMLElement | null {
  return document.getElementById(chip.hash.slice(1));
}

/** The hover and focus card: one for the page, placed beside whichever chip is active. */
function createCard(root: Document) {
  const card = Object.assign(root.createElement('div'), { className: 'source-card', hidden: true });
  card.dataset['sourceCard'] = '';
  let chip: HTMLAnchorElement | undefined;
  let hideTimer = 0;
  const place = () => {
    if (!chip || card.hidden) return;
    const viewport = { width: root.documentElement.clientWidth, height: innerHeight };
    const at = placeCard(chip.getBoundingClientRect(), card.getBoundingClientRect(), viewport);
    card.style.left = `${at.left}px`;
    card.style.top = `${at.top}px`;
  };
  const show = (next: HTMLAnchorElement) => {
    clearTimeout(hideTimer);
    const entry = entryOf(next);
    if (!entry || touchOnly()) return;
    if (next !== chip) fillSourceCard(card, entry);
    chip = next;
    // After the chip, so that Tab moves from the chip into the card's links.
    next.closest('[data-cite]')?.after(card);
    card.hidden = false;
    place();
  };
  const hide = () => {
    card.hidden = true;
  };
  addEventListener('scroll', place, { passive: true });
  addEventListener('resize', place);
  card.addEventListener('pointerenter', () => clearTimeout(hideTimer));
  const hideSoon = () => (hideTimer = window.setTimeout(hide, 200));
  card.addEventListener('pointerleave', hideSoon);
  return { card, show, hide, hideSoon, chip: () => chip };
}

/** The touch sheet: a modal dialog holding the same card, with a close button. */
function createSheet(root: Document) {
  const sheet = Object.assign(root.createElement('dialog'), { className: 'source-card' });
  sheet.dataset['sheet'] = '';
  sheet.setAttribute('aria-labelledby', 'source-card-title');
  const body = root.createElement('div');
  const close = Object.assign(root.createElement('button'), { type: 'button', textContent: 'Close' });
  close.dataset['sheetClose'] = '';
  close.addEventListener('click', () => sheet.close());
  // A tap on the backdrop lands on the dialog itself, outside its content.
  sheet.addEventListener('click', (event) => event.target === sheet && sheet.close());
  sheet.append(close, body);
  root.body.append(sheet);
  // Tab cycles inside the sheet: past its last link it comes back to Close, and the reverse.
  sheet.addEventListener('keydown', (event) => {
    const stops = [...sheet.querySelectorAll<HTMLElement>('button, a[href]')];
    const edge = event.shiftKey ? stops[0] : stops.at(-1);
    if (event.key !== 'Tab' || root.activeElement !== edge) return;
    event.preventDefault();
    (event.shiftKey ? stops.at(-1) : stops[0])?.focus();
  });
  let chip: HTMLAnchorElement | undefined;
  sheet.addEventListener('close', () => chip?.focus());
  return (next: HTMLAnchorElement) => {
    const entry = entryOf(next);
    if (!entry) return;
    chip = next;
    fillSourceCard(body, entry);
    sheet.showModal();
  };
}

/** Escape hides a tip (the one-publisher note) until the pointer or focus leaves it (WCAG 1.4.13). */
function dismissTips(root: Document): void {
  for (const tip of root.querySelectorAll<HTMLElement>('[data-tip]:hover, [data-tip]:focus-within')) {
    tip.dataset['dismissed'] = '';
    const restore = () => delete tip.dataset['dismissed'];
    tip.addEventListener('mouseleave', restore, { once: true });
    tip.addEventListener('focusout', restore, { once: true });
  }
}

/** Shows source cards on hover and focus, sheets on tap, and lets Escape dismiss a card or tip; `first` is the event that loaded it. */
export function enhanceCitations(root: Document, first: Event): void {
  const card = createCard(root);
  const openSheet = createSheet(root);
  const chipOf = (event: Event) => (event.target as Element).closest?.<HTMLAnchorElement>(CHIP);
  const onEnter = (event: Event) => {
    const chip = chipOf(event);
    if (chip) card.show(chip);
    else if (event.type === 'focusin' && !card.card.contains(event.target as Node)) card.hide();
  };
  root.addEventListener('pointerover', onEnter);
  root.addEventListener('focusin', onEnter);
  root.addEventListener('pointerout', (event) => chipOf(event) && card.hideSoon());
  root.addEventListener('click', (event) => {
    const chip = chipOf(event);
    if (!chip || !touchOnly()) return;
    event.preventDefault();
    openSheet(chip);
  });
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    if (card.card.contains(root.activeElement)) card.chip()?.focus();
    card.hide();
    dismissTips(root);
  });
  const chip = chipOf(first);
  if (chip && first.type === 'click' && touchOnly()) openSheet(chip);
  else onEnter(first);
}
