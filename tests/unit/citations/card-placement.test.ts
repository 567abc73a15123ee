import { describe, expect, test } from 'vitest';
import { placeCard } from '../../../src/lib/citations/card-placement.ts';

const viewport = { width: 375, height: 700 };
const card = { width: 300, height: 160 };
const chip = (left: number, top: number) => ({ left, top, width: 60, height: 16 });

describe('placeCard', () => {
  test('puts the card under its chip, aligned with it', () => {
    expect(placeCard(chip(20, 100), card, viewport)).toEqual({ left: 20, top: 120 });
  });

  test('moves the card in from the right edge instead of letting it run off', () => {
    const { left } = placeCard(chip(253, 100), card, viewport);
    expect(left + card.width).toBeLessThanOrEqual(viewport.width - 8);
  });

  test('keeps the left margin when the card is as wide as the screen', () => {
    expect(placeCard(chip(100, 100), { width: 400, height: 160 }, viewport).left).toBe(8);
  });

  test('flips above the chip near the bottom of the viewport', () => {
    expect(placeCard(chip(20, 620), card, viewport).top).toBe(620 - 4 - 160);
  });

  test('stays below when there is no room above either', () => {
    expect(placeCard(chip(20, 100), { width: 300, height: 650 }, viewport).top).toBe(120);
  });
});
