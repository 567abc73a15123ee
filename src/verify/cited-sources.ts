import { relative, resolve } from 'node:path';
import type { BriefingFile } from '../lib/content/check-briefing.ts';
import { parseFrontmatter, rawFields, splitFrontmatter } from '../lib/content/frontmatter.ts';
import type { VerifiableSource } from '../lib/sources/verify-targets.ts';

/** A briefing's sources as written; none when its frontmatter cannot be read (`npm run check` says why). */
export function sourcesOf(briefing: BriefingFile): VerifiableSource[] {
  const split = splitFrontmatter(briefing.text);
  if ('message' in split) return [];
  const frontmatter = parseFrontmatter(split);
  return Array.isArray(frontmatter) ? [] : rawFields(frontmatter.data).sources;
}

/** The briefings a command line names (all of them when it names none); a name that matches none is an error. */
export function selectBriefings(briefings: readonly BriefingFile[], names: readonly string[]): BriefingFile[] {
  if (!names.length) return [...briefings];
  const wanted = new Set(names.map((name) => relative(process.cwd(), resolve(name))));
  const missing = [...wanted].filter((name) => !briefings.some((briefing) => briefing.file === name));
  if (missing.length) throw new Error(`No briefing at ${missing.join(', ')}: name files under the content folder.`);
  return briefings.filter((briefing) => wanted.has(briefing.file));
}
