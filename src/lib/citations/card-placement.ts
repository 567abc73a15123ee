/** A rectangle in viewport pixels. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The room around a card: the gap to its chip and the margin it keeps from the viewport's edges. */
const GAP = 4;
const MARGIN = 8;

/**
 * Where a source card goes (viewport pixels): under its chip and aligned with it, moved in
 * from the viewport's edges, and above the chip when there is room there but not below.
 */
export function placeCard(chip: Box, card: Pick<Box, 'width' | 'height'>, viewport: Pick<Box, 'width' | 'height'>) {
  const rightmost = viewport.width - MARGIN - card.width;
  const left = Math.max(MARGIN, Math.min(chip.left, rightmost));
  const below = chip.top + chip.height + GAP;
  const above = chip.top - GAP - card.height;
  const fitsBelow = below + card.height <= viewport.height - MARGIN;
  return { left, top: !fitsBelow && above >= MARGIN ? above : below };
}
