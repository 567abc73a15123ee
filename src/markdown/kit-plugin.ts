import {
  defineHastPlugin,
  defineMdastPlugin,
  type MdastContent,
  type MdastParentContent,
  type MdastVisitorContext,
} from 'satteri';
import { isKitComponent } from '../lib/kit/kit-components.ts';

type JsxElement = Extract<MdastContent, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;
type Child = JsxElement['children'][number];

const attribute = (name: string, value: string | null = null) => ({ type: 'mdxJsxAttribute' as const, name, value });
const propOf = (node: Readonly<JsxElement>, name: string) => {
  const found = node.attributes.find((candidate) => 'name' in candidate && candidate.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
};
const isBlank = (node: Readonly<Child>) => node.type === 'text' && !node.value.trim();

/** The kit components that hold blocks (every one): written on one line, MDX puts them in a paragraph, which cannot hold a block. */
function liftFromParagraph(node: Readonly<JsxElement>, ctx: MdastVisitorContext): boolean {
  const parent = ctx.parent(node);
  if (node.type !== 'mdxJsxTextElement' || parent?.type !== 'paragraph') return false;
  const others = (parent.children as readonly Child[]).filter((child) => child !== node && !isBlank(child));
  if (others.length) return false;
  ctx.replaceNode(parent, { ...node, type: 'mdxJsxFlowElement' } as MdastContent);
  return true;
}

/** Events written one per line share a paragraph: a list holds them directly. */
function flattenTimeline(node: Readonly<JsxElement>, ctx: MdastVisitorContext): void {
  const events = (node.children as readonly Child[]).flatMap((child) =>
    child.type === 'paragraph' ? (child.children as readonly Child[]) : [child],
  );
  ctx.setProperty(
    node,
    'children',
    events.filter((child) => !isBlank(child)),
  );
}

/**
 * A figure's image goes through Astro's own Markdown image handling (astro:assets: sizes,
 * width and height, modern formats), its content becomes the caption, and its credit ends it.
 */
function buildFigure(node: Readonly<JsxElement>, ctx: MdastVisitorContext): void {
  const src = propOf(node, 'src') ?? '';
  const alt = propOf(node, 'alt') ?? '';
  const credit = propOf(node, 'credit');
  const image = {
    type: 'image',
    url: src,
    alt,
    data: { hProperties: { widths: '480 720 1080', sizes: '(min-width: 48rem) 42rem, 100vw' } },
  } as MdastContent;
  // The space keeps the credit apart from the caption where the stylesheet does not (feed readers).
  const creditLine = credit
    ? [
        { type: 'text', value: ' ' },
        {
          type: 'mdxJsxTextElement',
          name: 'span',
          attributes: [attribute('data-figure-credit')],
          children: [{ type: 'text', value: credit }],
        },
      ]
    : [];
  const captioned = [...(node.children as readonly Child[]).filter((child) => !isBlank(child)), ...creditLine];
  const caption = captioned.length
    ? [{ type: 'mdxJsxFlowElement', name: 'figcaption', attributes: [], children: captioned } as MdastContent]
    : [];
  ctx.replaceNode(node, { ...node, attributes: [], children: [image, ...caption] } as MdastContent);
}

function shapeKitElement(node: Readonly<JsxElement>, ctx: MdastVisitorContext): void {
  if (!isKitComponent(node.name) || liftFromParagraph(node, ctx)) return;
  if (node.name === 'Timeline') flattenTimeline(node, ctx);
  if (node.name === 'Figure') buildFigure(node, ctx);
}

/**
 * Gives the writers' kit the shape its components render: blocks out of paragraphs, events
 * straight in their timeline, a figure's image and caption. The content check (run before any
 * compile) has judged every prop, so this plugin trusts them.
 */
export const kitPlugin = defineMdastPlugin({
  name: 'briefing-kit',
  mdxJsxFlowElement: shapeKitElement,
  mdxJsxTextElement: shapeKitElement,
});

/** A Markdown table scrolls inside itself on a narrow screen, never the page; the region is named and focusable so keyboards can scroll it. */
export const tablePlugin = defineMdastPlugin({
  name: 'briefing-tables',
  table(node, ctx) {
    ctx.wrapNode(node, {
      type: 'mdxJsxFlowElement',
      name: 'div',
      attributes: [
        attribute('data-table-scroll'),
        attribute('role', 'region'),
        attribute('aria-label', 'Table'),
        attribute('tabindex', '0'),
      ],
      children: [],
    } as MdastParentContent);
  },
});

/**
 * GFM writes a column's alignment (`---:`) as `style="text-align:right"`, which the site's CSP
 * drops from the built page: the cell says it as `data-align` instead, and the stylesheet aligns it.
 */
export const tableAlignPlugin = defineHastPlugin({
  name: 'briefing-table-align',
  element: {
    filter: ['th', 'td'],
    visit(node, ctx) {
      const style = node.properties?.['style'];
      if (typeof style !== 'string') return;
      const align = /text-align:\s*(left|right|center)/.exec(style)?.[1];
      ctx.setProperty(node, 'style', null);
      if (align) ctx.setProperty(node, 'dataAlign', align);
    },
  },
});
