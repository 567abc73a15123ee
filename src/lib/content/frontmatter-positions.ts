import { isMap, isSeq, parseDocument, type Node } from 'yaml';
import { splitFrontmatter } from './frontmatter.ts';
import { positionAt, type SourcePosition } from './positions.ts';

/** The node a field path (`['sources', 2, 'url']`) leads to, or the deepest one on the way when the path stops early. */
export function findFieldNode(root: Node | null, path: readonly (string | number)[]): Node | null {
  let node: Node | null = root;
  let found: Node | null = root;
  for (const key of path) {
    if (isMap(node)) node = (node.get(key, true) as Node | undefined) ?? null;
    else if (isSeq(node) && typeof key === 'number') node = (node.items[key] as Node | undefined) ?? null;
    else node = null;
    if (!node) break;
    found = node;
  }
  return found;
}

/**
 * Where a frontmatter field (`['sources', 2, 'url']`) is written in an MDX file, so that
 * errors point at the line to edit. Falls back to the first line when the path is absent.
 */
export function locateFrontmatterField(fileSource: string, path: readonly (string | number)[]): SourcePosition {
  const block = splitFrontmatter(fileSource);
  if ('message' in block) return { line: 1, column: 1 };
  const root = parseDocument(block.yaml, { keepSourceTokens: false }).contents;
  return positionAt(fileSource, block.offset + (findFieldNode(root, path)?.range?.[0] ?? -block.offset));
}
