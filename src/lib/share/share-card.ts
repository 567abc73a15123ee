/**
 * The share image shown in link previews: what it says (a card) and how it is laid out (a
 * tree of boxes and texts with CSS styles, as takumi draws it). Pure data, so the layout is
 * tested without rendering.
 */
import { stripCitations } from '../citations/citations.ts';
import { formatDay } from '../site/dates.ts';

/** Open Graph's recommended size for large previews. */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** What a share image says: a line naming site and date, a headline, a sentence under it, a line of context. */
export interface ShareCard {
  label: string;
  title: string;
  text: string;
  context?: string;
}

/** The colours of the site's light theme, read from `tokens.css`. */
export interface ShareTheme {
  paper: string;
  ink: string;
  muted: string;
  rule: string;
  accent: string;
}

/** The CSS declarations of one box of a card, in camelCase. */
export type CardStyle = Record<string, string | number>;

/** One node of the tree the renderer draws: a box of nodes, or a text drawn as glyphs (never parsed as markup). */
export type CardNode =
  { type: 'container'; style: CardStyle; children: CardNode[] } | { type: 'text'; style: CardStyle; text: string };

/** The font families the layout names; the renderer supplies the files. */
export const SHARE_FONTS = { sans: 'Inter', serif: 'Source Serif 4' } as const;

/** A CSS font stack of one family (quoted: "Source Serif 4" ends in a number), then its Latin Extended subset. */
const fontStack = (family: string) => `"${family}", "${family} Extended"`;

interface SiteLabel {
  name: string;
  lang: string;
}

/** The card of a briefing: site, date, headline, its first key point and the site's tagline. */
export function briefingShareCard(
  briefing: { title: string; date: Date; keyPoint: string },
  site: SiteLabel & { tagline: string },
): ShareCard {
  return {
    label: `${site.name} · ${formatDay(briefing.date, site.lang)}`,
    title: briefing.title,
    text: stripCitations(briefing.keyPoint),
    context: site.tagline,
  };
}

/** The card of one question: the question, the answer's first sentence, and the briefing it is from. */
export function questionShareCard(
  question: { text: string; firstSentence: string },
  briefing: { title: string; date: Date },
  site: SiteLabel,
): ShareCard {
  return {
    label: `${site.name} · ${formatDay(briefing.date, site.lang)}`,
    title: question.text,
    text: question.firstSentence,
    context: `From the briefing “${briefing.title}”`,
  };
}

/** The card of every page that has none of its own: the site's address, name and tagline. */
export function siteShareCard(site: { name: string; tagline: string; url: string }): ShareCard {
  return { label: new URL(site.url).host, title: site.name, text: site.tagline };
}

/** Headline size in pixels: short headlines large, long ones smaller, so any fits in three lines at thumbnail size. */
export function headlineSize(title: string): number {
  if (title.length <= 40) return 76;
  if (title.length <= 80) return 62;
  return 52;
}

/** The colours of the light theme from the site's stylesheet, so the image follows the site's look. */
export function readShareTheme(css: string): ShareTheme {
  const theme = /@theme\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  const colour = (name: keyof ShareTheme) => {
    const value = new RegExp(`--color-${name}:\\s*(#[0-9a-fA-F]{3,8})\\s*;`).exec(theme)?.[1];
    if (!value) throw new Error(`The stylesheet's @theme has no --color-${name} hex colour for share images.`);
    return value;
  };
  return {
    paper: colour('paper'),
    ink: colour('ink'),
    muted: colour('muted'),
    rule: colour('rule'),
    accent: colour('accent'),
  };
}

const box = (style: CardStyle, children: CardNode[] = []): CardNode => ({ type: 'container', style, children });
const text = (style: CardStyle, content: string): CardNode => ({ type: 'text', style, text: content });

/**
 * Lays a card out at 1200×630: an accent bar, then label, headline, sentence, and the context
 * line at the foot under a rule. Long texts are clamped so nothing is pushed off the image.
 */
export function shareCardLayout(card: ShareCard, theme: ShareTheme): CardNode {
  return box(
    {
      ...SHARE_IMAGE_SIZE,
      display: 'flex',
      flexDirection: 'column',
      background: theme.paper,
      color: theme.ink,
      fontFamily: fontStack(SHARE_FONTS.sans),
    },
    [
      box({ height: 16, background: theme.accent }),
      box({ display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '48px 72px' }, cardText(card, theme)),
    ],
  );
}

/** The texts of a card, top to bottom; long ones are clamped so nothing is pushed off the image. */
function cardText(card: ShareCard, theme: ShareTheme): CardNode[] {
  return [
    text({ fontSize: 30, fontWeight: 700, color: theme.accent, lineClamp: 1 }, card.label),
    text(
      {
        marginTop: 28,
        fontSize: headlineSize(card.title),
        fontWeight: 700,
        lineHeight: 1.1,
        letterSpacing: -1,
        lineClamp: 3,
      },
      card.title,
    ),
    text(
      {
        marginTop: 28,
        fontFamily: fontStack(SHARE_FONTS.serif),
        fontSize: 34,
        lineHeight: 1.35,
        color: theme.muted,
        lineClamp: 3,
      },
      card.text,
    ),
    ...(card.context
      ? [
          box({ marginTop: 'auto', height: 2, background: theme.rule }),
          text({ paddingTop: 20, fontSize: 26, color: theme.muted, lineClamp: 1 }, card.context),
        ]
      : []),
  ];
}
