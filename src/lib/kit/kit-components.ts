/**
 * The writers' kit as the content check sees it: each component a briefing may use without
 * `import`, and the props it takes. The renderer's side is `src/components/kit/`; the two are
 * kept in step by a unit test (every component here has a file there, and no more).
 */

/** One prop of a kit component. */
export interface KitProp {
  /** Whether the component cannot do without it. */
  required: boolean;
  /** The only values it takes, when it is a choice. */
  values?: readonly string[];
  /** What it is, for hints: `the id of a source listed under sources:`. */
  describes: string;
}

/** The kinds of `<Callout>`, with the label each shows (the labelled boxes of Semafor and Axios briefings). */
export const CALLOUT_LABELS: Readonly<Record<string, string>> = Object.freeze({
  context: 'The context',
  disagreement: 'Room for disagreement',
  'what-next': "What's next",
});

const SOURCE_ID: KitProp = { required: true, describes: 'the id of a source listed under sources:' };

/** Every kit component by name, with its props. */
export const KIT_COMPONENTS: Readonly<Record<string, Readonly<Record<string, KitProp>>>> = Object.freeze({
  Callout: {
    kind: { required: true, values: Object.keys(CALLOUT_LABELS), describes: 'what the box holds' },
  },
  PullQuote: { source: SOURCE_ID },
  Post: { source: SOURCE_ID },
  Timeline: {},
  Event: { date: { required: true, describes: 'the day it happened, as YYYY-MM-DD' } },
  Figure: {
    src: { required: true, describes: 'the image file beside the briefing, as ./name.png' },
    alt: { required: true, describes: 'what the image shows, for readers who cannot see it ("" if it is decoration)' },
    credit: { required: false, describes: 'who made the image' },
  },
});

/** Kit components whose `source` prop cites a source: they count as citations and are numbered like `[@id]`. */
export const CITING_COMPONENTS: readonly string[] = ['PullQuote', 'Post'];

/** The image files `<Figure>` takes: the formats astro:assets reads. */
export const FIGURE_EXTENSIONS: readonly string[] = ['.avif', '.gif', '.jpeg', '.jpg', '.png', '.webp'];

/** Whether `name` is a kit component; `Object.hasOwn`, so `constructor` is not one. */
export const isKitComponent = (name: string | null | undefined): name is string =>
  typeof name === 'string' && Object.hasOwn(KIT_COMPONENTS, name);
