/** Which files under `content/briefings/` are briefings: MDX files whose names do not start with `_` (notes, templates). */
export const BRIEFING_FILES = '**/[^_]*.mdx';

/**
 * A briefing's entry id: its path under `content/briefings/` without `.mdx`
 * (`2026/05/my-story`). Always the path, so that two files can never share an id.
 */
export function briefingEntryId(relativePath: string): string {
  return relativePath.replaceAll('\\', '/').replace(/\.mdx$/, '');
}
