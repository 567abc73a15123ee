import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** One path named to `npm run check`: the content folder it belongs to, and which of its briefings it means. */
export interface CheckTarget {
  contentDir: string;
  /** Briefing files (relative to the working directory, as findings name them) or folders, ending in `/`. */
  within: string;
}

/** The content folder around `path`: the nearest folder above it that holds `briefings/`. */
function contentDirOf(path: string): string | undefined {
  for (let dir = path; ; dir = dirname(dir)) {
    if (dir.split(sep).at(-1) === 'briefings') return dirname(dir);
    if (dirname(dir) === dir) return undefined;
  }
}

/** What a named path means, or why it cannot be checked. */
export function resolveCheckTarget(path: string, cwd = process.cwd()): CheckTarget | { problem: string } {
  const absolute = resolve(cwd, path);
  if (!existsSync(absolute)) return { problem: `There is no file or folder at ${path}.` };
  const isFolder = statSync(absolute).isDirectory();
  if (isFolder && existsSync(join(absolute, 'briefings'))) {
    return {
      contentDir: relative(cwd, absolute) || '.',
      within: `${relative(cwd, join(absolute, 'briefings'))}${sep}`,
    };
  }
  const contentDir = contentDirOf(absolute);
  const isBriefing = isFolder || (absolute.endsWith('.mdx') && !absolute.split(sep).at(-1)?.startsWith('_'));
  if (!contentDir || !isBriefing) {
    return {
      problem: `${path} is not a briefing: a briefing is an .mdx file under a briefings/ folder (content/briefings/2026/05/my-story.mdx).`,
    };
  }
  return { contentDir: relative(cwd, contentDir) || '.', within: relative(cwd, absolute) + (isFolder ? sep : '') };
}
