import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TEXT_NODE, type Node } from 'ultrahtml';
import { querySelectorAll } from 'ultrahtml/selector';

/** A built page, parsed: find elements with CSS selectors and read them as a reader would. */
export interface BuiltPage {
  all(selector: string): Node[];
  text(selector: string): string[];
  attribute(selector: string, name: string): string[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** Text with the entities the site's HTML writes turned back into characters. */
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name] ?? '');

function rawText(node: Node): string {
  if (node.type === TEXT_NODE) return decode(String(node['value']));
  const children: Node[] = node['children'] ?? [];
  return children.map(rawText).join('');
}

/** The visible text of a node, entities decoded and whitespace collapsed, as a screen reader would read it. */
export function textOf(node: Node): string {
  return rawText(node).replace(/\s+/g, ' ').trim();
}

/** Reads `<outDir>/<path>index.html` (or a file path ending in .html). */
export function readPage(outDir: string, path: string): BuiltPage {
  const file = path.endsWith('.html') ? path : join(path, 'index.html');
  return parsePage(readFileSync(join(outDir, file), 'utf8'));
}

/** Parses a page's HTML, as fetched or read. */
export function parsePage(html: string): BuiltPage {
  const document = parse(html) as Node;
  const all = (selector: string) => querySelectorAll(document, selector);
  return {
    all,
    text: (selector) => all(selector).map(textOf),
    attribute: (selector, name) => all(selector).map((node) => decode(String(node['attributes']?.[name] ?? ''))),
  };
}

/** Every HTML page in the build, as site-relative paths (`archive/2017/`, `404.html`). */
export function builtPages(outDir: string): string[] {
  return (readdirSync(outDir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}
