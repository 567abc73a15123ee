import { z } from 'astro/zod';
import { checkCorrections } from './corrections.ts';
import { isoDay } from '../site/dates.ts';

/** The kinds of evidence a source can be; `kind` below documents what each means. */
export const SOURCE_KINDS = ['primary', 'reporting', 'analysis', 'official', 'social'] as const;

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Lowercase words joined by hyphens: source ids, topics and slugs. */
const kebabCase = (example: string) =>
  z.string().regex(KEBAB_CASE, `use lowercase words joined by hyphens, e.g. ${example}`);

/**
 * A calendar day written YYYY-MM-DD. Astro's YAML parser hands over a Date (and rolls
 * 2026-02-30 into March), the content check the text as written, so it can name the typo.
 */
const day = () =>
  z.preprocess(
    (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? isoDay(value) : value),
    z.iso.date('write the day as YYYY-MM-DD, e.g. 2026-05-23').pipe(z.coerce.date()),
  );

/**
 * Text. A plain `title: 2023-03-15` is a Date to Astro's YAML parser and text to the content
 * check's; both read it as the text written, so the check and the build agree on it.
 */
const text = <T extends z.ZodType>(inner: T) =>
  z.preprocess((value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? writtenDate(value) : value), inner);

/** A date as YAML had it: the day alone when it has no time of day. */
function writtenDate(value: Date): string {
  const iso = value.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? isoDay(value) : iso;
}

/** One source a briefing cites. URL schemes and duplicate ids are checked with line numbers by `lib/sources.ts`. */
export const sourceSchema = z
  .object({
    /** Short kebab-case id, cited in the text as `[@id]`; unique within the briefing. */
    id: kebabCase('openai-pytorch-2020'),
    /** The source's own title, as its page gives it. */
    title: text(z.string().min(1)),
    /** The address a reader opens: http(s) only. */
    url: z.string().min(1),
    /** Display name of the publisher; default: from content/publishers.json, else the domain. */
    publisher: text(z.string()).optional(),
    /** Who wrote or said it, as the source gives the name (a person, or a post's account); default: not shown. A pull quote and a post card show it. */
    author: text(z.string()).optional(),
    /** When the source was published; default: not shown. */
    published: day().optional(),
    /** When the writer last checked the source; default: not shown. */
    accessed: day().optional(),
    /** A verbatim passage the briefing relies on; default: none. Links open the original scrolled to it. */
    quote: text(z.string()).optional(),
    /** An archive copy of the page (e.g. web.archive.org), http(s) only; default: none. */
    archived: z.string().min(1).optional(),
    /** An editor's note, e.g. why a home page is cited; default: none. */
    note: text(z.string()).optional(),
    /**
     * What kind of evidence it is; default: reporting. primary: first-hand, from the people or
     * organisations the story is about (their announcement, paper, model card, own site);
     * reporting: a news outlet's account; analysis: commentary or research interpreting others'
     * facts; official: an institution's standing pages or formal statements (project, company
     * or government pages); social: a social-media post.
     */
    kind: z.enum(SOURCE_KINDS).default('reporting'),
  })
  // Unknown keys are typos ("titel"), not data to drop silently.
  .strict();

/** A change made after publication, shown with its date at the end of the briefing. */
const correction = z
  .object({
    /** The day the correction was made (YYYY-MM-DD), on or after the briefing's date. */
    date: day(),
    /** What was wrong and what the briefing says now. */
    note: text(z.string().min(1)),
  })
  .strict();

/** A briefing: questions and answers, every claim bound to a source. */
export const briefingSchema = z
  .object({
    /** The headline. */
    title: text(z.string().min(1)),
    /** One-sentence subtitle; default: none. */
    dek: text(z.string()).optional(),
    /** Publication day (YYYY-MM-DD); it is part of the permalink. */
    date: day(),
    /** Day of the last substantive update (YYYY-MM-DD); default: none. The latest correction moves it later. */
    updated: day().optional(),
    /** Dated corrections made after publication, each shown to readers; default: none. */
    corrections: z.array(correction).default([]),
    /** Topic slugs from content/topics.json; default: none. */
    topics: z.array(kebabCase('open-source')).default([]),
    /** Author slugs from content/authors.json, as the byline lists them; default: the table's default author. */
    authors: z.array(kebabCase('newsroom')).default([]),
    /** One to five key points; they may cite sources like the body does. */
    keyPoints: z.array(text(z.string().min(1))).min(1).max(5),
    /** Every source the briefing cites; default: none (then nothing may be cited). */
    sources: z.array(sourceSchema).default([]),
    /** Permalink slug; default: the file name. */
    slug: kebabCase('my-story').optional(),
    /** Drafts render in `npm run dev` only; default: false. */
    draft: z.boolean().default(false),
  })
  .strict()
  .superRefine((data, ctx) => {
    for (const { path, message } of checkCorrections(data.date, data.corrections)) {
      ctx.addIssue({ code: 'custom', path, message });
    }
  });

export type BriefingData = z.infer<typeof briefingSchema>;
export type SourceData = z.infer<typeof sourceSchema>;
/** What kind of evidence a source is. */
export type SourceKind = SourceData['kind'];
