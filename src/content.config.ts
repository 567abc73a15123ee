import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { checkCorrections } from './lib/corrections';
import { SOURCE_KINDS } from './lib/sources';
import { buildSettings } from './site.config';

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One source a briefing cites. URL schemes and duplicate ids are checked with line numbers by `lib/sources.ts`. */
const source = z
  .object({
    /** Short kebab-case id, cited in the text as `[@id]`; unique within the briefing. */
    id: z.string().regex(KEBAB_CASE, 'Use lowercase words joined by hyphens, e.g. openai-pytorch-2020'),
    /** The source's own title, as its page gives it. */
    title: z.string().min(1),
    /** The address a reader opens: http(s) only. */
    url: z.string().min(1),
    /** Display name of the publisher; default: from content/publishers.json, else the domain. */
    publisher: z.string().optional(),
    /** When the source was published; default: not shown. */
    published: z.coerce.date().optional(),
    /** When the writer last checked the source; default: not shown. */
    accessed: z.coerce.date().optional(),
    /** A verbatim passage the briefing relies on; default: none. Links open the original scrolled to it. */
    quote: z.string().optional(),
    /** An archive copy of the page (e.g. web.archive.org), http(s) only; default: none. */
    archived: z.string().min(1).optional(),
    /** An editor's note, e.g. why a home page is cited; default: none. */
    note: z.string().optional(),
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
    date: z.coerce.date(),
    /** What was wrong and what the briefing says now. */
    note: z.string().min(1),
  })
  .strict();

/** A briefing: questions and answers, every claim bound to a source. */
const briefing = z
  .object({
    /** The headline. */
    title: z.string().min(1),
    /** One-sentence subtitle; default: none. */
    dek: z.string().optional(),
    /** Publication day (YYYY-MM-DD); it is part of the permalink. */
    date: z.coerce.date(),
    /** Day of the last substantive update; default: none. The latest correction moves it later. */
    updated: z.coerce.date().optional(),
    /** Dated corrections made after publication, each shown to readers; default: none. */
    corrections: z.array(correction).default([]),
    /** Topic slugs from content/topics.json; default: none. */
    topics: z.array(z.string().regex(KEBAB_CASE)).default([]),
    /** One to five key points; they may cite sources like the body does. */
    keyPoints: z.array(z.string().min(1)).min(1).max(5),
    /** Every source the briefing cites; default: none (then nothing may be cited). */
    sources: z.array(source).default([]),
    /** Permalink slug; default: the file name. */
    slug: z.string().regex(KEBAB_CASE).optional(),
    /** Drafts render in `npm run dev` only; default: false. */
    draft: z.boolean().default(false),
  })
  .strict()
  .superRefine((data, ctx) => {
    for (const { path, message } of checkCorrections(data.date, data.corrections)) {
      ctx.addIssue({ code: 'custom', path, message });
    }
  });

export type BriefingData = z.infer<typeof briefing>;
export type SourceData = z.infer<typeof source>;

export const collections = {
  briefings: defineCollection({
    // Files starting with `_` are notes and templates, never published.
    loader: glob({ pattern: '**/[^_]*.mdx', base: `${buildSettings(process.env).contentDir}/briefings` }),
    schema: briefing,
  }),
};
