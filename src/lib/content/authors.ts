import type { SourceProblem as FieldProblem } from '../sources/sources.ts';
import { showInvisible, suggestClosest } from './suggest.ts';

/** Whether an author is a person or the newsroom as a whole (schema.org `Person` or `Organization`). */
export type AuthorKind = 'person' | 'organization';

/** An author as content/authors.json describes them. */
export interface Author {
  slug: string;
  name: string;
  kind: AuthorKind;
  bio: string;
}

/** The authors table: who may sign a briefing, and who signs when a briefing names nobody. */
export interface AuthorTable {
  default: string;
  authors: Readonly<Record<string, { name: string; kind: string; bio: string }>>;
}

const kindOf = (kind: string): AuthorKind => (kind === 'person' ? 'person' : 'organization');

/** The authors table as a list, in the table's order; throws when the default author is not in it. */
export function listAuthors(table: AuthorTable): Author[] {
  if (!(table.default in table.authors)) {
    throw new Error(`content/authors.json: the default author "${table.default}" is not listed under "authors".`);
  }
  return Object.entries(table.authors).map(([slug, { name, kind, bio }]) => ({ slug, name, kind: kindOf(kind), bio }));
}

/** Who signs a briefing: the authors it names, in order, else the table's default. */
export function bylineOf(slugs: readonly string[], authors: readonly Author[], fallback: string): Author[] {
  const named = slugs.flatMap((slug) => authors.filter((author) => author.slug === slug));
  return named.length > 0 ? named : authors.filter((author) => author.slug === fallback);
}

/** Author slugs that are not in the table, each located at its frontmatter path with a did-you-mean. */
export function checkAuthors(slugs: readonly string[], known: readonly string[]): FieldProblem[] {
  return slugs.flatMap((slug, index) => {
    if (known.includes(slug)) return [];
    const closest = suggestClosest(slug, known);
    return [
      {
        path: ['authors', index],
        message: `Unknown author "${showInvisible(slug)}".`,
        hint: `${closest ? `did you mean "${closest}"? ` : ''}use an author listed in content/authors.json, or add "${showInvisible(slug)}" there with a name, a kind and a bio`,
      },
    ];
  });
}
