/**
 * A source's card and sheet show what its entry in the Sources list shows, copied from it:
 * one view of a source, rendered once by SourceList, so the two cannot drift apart.
 */
const NEW_TAB = { target: '_blank', rel: 'noopener noreferrer' };

/** A link of the card, marked like its counterpart in the Sources entry (`data-quote-link`…). */
function link(href: string, text: string, hook: string, newTab: boolean): HTMLLIElement {
  const item = document.createElement('li');
  const anchor = Object.assign(document.createElement('a'), { href, textContent: text }, newTab ? NEW_TAB : {});
  anchor.setAttribute(hook, '');
  item.append(anchor);
  return item;
}

/** Fills `card` with the title, kind, publisher, date, check date and quote of a Sources entry, and links to the source. */
export function fillSourceCard(card: HTMLElement, entry: HTMLElement): void {
  const title = Object.assign(document.createElement('strong'), {
    className: 'source-title',
    textContent: entry.querySelector('[data-source-title]')?.textContent ?? '',
  });
  title.id = 'source-card-title';
  const parts = ['[data-source-meta]', '[data-source-checked]', '[data-source-quote]'].flatMap((selector) => {
    const part = entry.querySelector(selector);
    return part ? [part.cloneNode(true)] : [];
  });
  const links = document.createElement('ul');
  const original = entry.querySelector<HTMLAnchorElement>('[data-source-link]');
  const quote = entry.querySelector<HTMLAnchorElement>('[data-quote-link]');
  if (original) links.append(link(original.href, 'Open the source', 'data-source-link', true));
  if (quote) links.append(link(quote.href, 'See the quote in the original', 'data-quote-link', true));
  links.append(link('#sources-heading', 'All sources', 'data-all-sources', false));
  card.replaceChildren(title, ...parts, links);
}
