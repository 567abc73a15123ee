/** A node above a text node, as far as citations care: its type, and its name when it is an element. */
export interface Enclosing {
  type: string;
  name?: string | null;
}

/** Where a text node sits for citations: in prose (markers become chips), in a heading (an error), or in a link. */
export type TextPlace = 'text' | 'heading' | 'link';

const isLink = ({ type, name }: Enclosing) =>
  type === 'link' || type === 'linkReference' || (type.startsWith('mdxJsx') && name === 'a');

/**
 * The one rule for which text is citable, used by the renderer and the content check alike:
 * markers inside a link stay text (a chip is a link, and links do not nest); markers in a
 * heading are an error (a heading is a title, not a claim); everywhere else they are citations.
 * `enclosing` lists the nodes around the text, outermost first or last: order does not matter.
 */
export function citablePlace(enclosing: Iterable<Enclosing>): TextPlace {
  let place: TextPlace = 'text';
  for (const node of enclosing) {
    if (isLink(node)) return 'link';
    if (node.type === 'heading') place = 'heading';
  }
  return place;
}
