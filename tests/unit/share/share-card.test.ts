import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  briefingShareCard,
  headlineSize,
  questionShareCard,
  readShareTheme,
  shareCardLayout,
  siteShareCard,
  type CardNode,
} from '../../../src/lib/share/share-card.ts';

const site = { name: 'Briefing', lang: 'en', tagline: 'Cited answers.', url: 'https://briefing.example' };
const theme = readShareTheme(readFileSync('src/styles/tokens.css', 'utf8'));

/** The element of a layout that draws `text`. */
function elementDrawing(node: CardNode, text: string): CardNode | undefined {
  if (node.type === 'text') return node.text === text ? node : undefined;
  return node.children.map((child) => elementDrawing(child, text)).find(Boolean);
}

/** Every text drawn by a layout, in order. */
function texts(node: CardNode): string[] {
  return node.type === 'text' ? [node.text] : node.children.flatMap(texts);
}

describe('briefingShareCard', () => {
  test('names site and date, and shows the headline and the first key point without citations', () => {
    const card = briefingShareCard(
      {
        title: 'PyTorch joins the Linux Foundation',
        date: new Date('2022-09-12'),
        keyPoint: 'Meta moved it [@meta; @lf].',
      },
      site,
    );
    expect(card).toEqual({
      label: 'Briefing · September 12, 2022',
      title: 'PyTorch joins the Linux Foundation',
      text: 'Meta moved it.',
      context: 'Cited answers.',
    });
  });
});

describe('questionShareCard', () => {
  test('shows the question and its first sentence, and names the briefing it is from', () => {
    const card = questionShareCard(
      { text: 'Why now?', firstSentence: 'Because it was time.' },
      { title: 'A headline', date: new Date('2026-05-23') },
      site,
    );
    expect(card).toEqual({
      label: 'Briefing · May 23, 2026',
      title: 'Why now?',
      text: 'Because it was time.',
      context: 'From the briefing “A headline”',
    });
  });
});

describe('siteShareCard', () => {
  test('shows the site’s address, name and tagline', () => {
    expect(siteShareCard(site)).toEqual({ label: 'briefing.example', title: 'Briefing', text: 'Cited answers.' });
  });
});

describe('headlineSize', () => {
  test('shrinks as headlines grow, never below 52 px (still legible at thumbnail size)', () => {
    const sizes = [10, 40, 41, 80, 81, 200].map((length) => headlineSize('x'.repeat(length)));
    expect(sizes).toEqual([76, 76, 62, 62, 52, 52]);
  });
});

describe('readShareTheme', () => {
  test('reads the light theme’s colours from the site’s stylesheet', () => {
    expect(theme).toEqual({ paper: '#fbfaf7', ink: '#1c1917', muted: '#57534e', rule: '#d6d3d1', accent: '#9f1239' });
  });

  test('says which colour is missing', () => {
    expect(() => readShareTheme('@theme { --color-paper: #fff; }')).toThrow(
      "The stylesheet's @theme has no --color-ink hex colour for share images.",
    );
  });
});

describe('shareCardLayout', () => {
  test('fills 1200×630 in the site’s colours and draws label, headline, text and context in order', () => {
    const card = { label: 'L', title: 'T', text: 'X', context: 'C' };
    const layout = shareCardLayout(card, theme);
    expect(layout.style).toMatchObject({ width: 1200, height: 630, background: theme.paper, color: theme.ink });
    expect(texts(layout)).toEqual(['L', 'T', 'X', 'C']);
  });

  test('clamps headline and text to three lines so long ones cannot push the rest off the image', () => {
    const layout = shareCardLayout({ label: 'L', title: 'T', text: 'X' }, theme);
    expect(elementDrawing(layout, 'T')?.style['lineClamp']).toBe(3);
    expect(elementDrawing(layout, 'X')?.style['lineClamp']).toBe(3);
  });

  test('keeps markup in a title as text to draw, never as elements', () => {
    const title = '</script><script>alert(1)</script>';
    expect(texts(shareCardLayout({ label: 'L', title, text: 'X' }, theme))).toContain(title);
  });
});
