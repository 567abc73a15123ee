import authorTable from '../../content/authors.json';
import { bylineOf, listAuthors, type Author } from '../lib/content/authors.ts';
import type { Briefing } from './briefings.ts';

/** Every author in content/authors.json, in its order. */
export const authors: readonly Author[] = listAuthors(authorTable);

/** Who signs a briefing: its `authors`, else the site's default author (the newsroom). */
export function briefingAuthors({ entry }: Briefing): Author[] {
  return bylineOf(entry.data.authors, authors, authorTable.default);
}
