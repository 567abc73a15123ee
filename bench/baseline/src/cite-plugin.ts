import { defineMdastPlugin, type MdastContent } from 'satteri';

const MARKER = /\[@([^\]]+)\]/g;

function cite(source: string): MdastContent {
  return {
    type: 'mdxJsxTextElement',
    name: 'Cite',
    attributes: [{ type: 'mdxJsxAttribute', name: 'source', value: source }],
    children: [],
  };
}

/** Replaces each `[@a; @b]` marker with `<Cite source="a"/><Cite source="b"/>`: no checks, no numbering. */
export const citePlugin = defineMdastPlugin({
  name: 'baseline-cite',
  text(node, ctx) {
    if (!node.value.includes('[@')) return;
    const parts = node.value.split(MARKER).flatMap((part, index): MdastContent[] => {
      if (index % 2 === 0) return part ? [{ type: 'text', value: part }] : [];
      return part.split(';').map((id) => cite(id.trim().replace(/^@/, '')));
    });
    ctx.replaceNode(node, parts);
  },
});
