import type { BriefingOutline, QuestionOutline } from '../lib/citations/outline.ts';
import { CORRECTIONS_ID, listCorrections, type ShownCorrection } from '../lib/content/corrections.ts';
import { searchRecord, type SearchRecord } from '../lib/search/search-record.ts';
import { shownUpdate } from '../lib/site/dates.ts';
import { plural } from '../lib/text/plural.ts';
import type { HeadMeta } from '../lib/site/page-meta.ts';
import { describeCoverage, summarizeCoverage } from '../lib/sources/coverage.ts';
import type { CitedSource } from '../lib/sources/source-list.ts';
import { site } from '../site.config.ts';
import { briefingAuthors } from './authors.ts';
import type { Briefing } from './briefings.ts';
import { briefingHead, questionHead, shareImagesEnabled } from './sharing.ts';
import { briefingLocals } from './sources.ts';
import { topicName } from './topics.ts';
import { urls } from './urls.ts';

/** An author as a byline links them. */
export interface BylineAuthor {
  name: string;
  href: string;
}

/** The date line under a headline: byline, published, updated (the latest change after publication), corrected, topics. */
export interface BriefingMetaView {
  authors: BylineAuthor[];
  date: Date;
  updated: Date | undefined;
  /** Where the "Corrected" marker leads (the briefing's Corrections), when it has corrections. */
  correctionsHref: string | undefined;
  topics: string[];
}

/** Everything a briefing page shows besides its body, built once from the briefing and its outline. */
export interface BriefingView {
  head: HeadMeta;
  /** What the body's chips, evidence lines and share controls look up while it renders. */
  locals: App.Locals;
  meta: BriefingMetaView;
  sources: CitedSource[];
  /** "12 sources from 7 publishers · 7 primary". */
  coverage: string;
  corrections: ShownCorrection[];
  search: SearchRecord;
  /** The briefing's absolute address, for the copy-link control. */
  shareUrl: string;
}

/** What a question's share page shows besides its answer. */
export interface QuestionView {
  head: HeadMeta;
  meta: BriefingMetaView;
  /** The briefing's address, and the question's place on it. */
  briefingUrl: string;
  questionUrl: string;
  /** What the Sources numbers refer to: "Numbered as in the briefing, which cites 12 sources." */
  numbering: string;
}

/** The date line of a briefing, on a page at `page` (its own, or a question's). */
function metaOf({ entry, permalink }: Briefing, page: 'briefing' | 'question'): BriefingMetaView {
  const { data } = entry;
  const corrections = `${page === 'briefing' ? '' : urls.briefing(permalink)}#${CORRECTIONS_ID}`;
  return {
    authors: briefingAuthors({ entry, permalink }).map(({ name, slug }) => ({ name, href: urls.author(slug) })),
    date: data.date,
    updated: shownUpdate(data),
    correctionsHref: data.corrections.length > 0 ? corrections : undefined,
    topics: data.topics,
  };
}

/** The view of a briefing page. */
export function briefingView(briefing: Briefing, outline: BriefingOutline): BriefingView {
  const { data } = briefing.entry;
  const { cited: sources, locals } = briefingLocals(data.sources, outline);
  const head = briefingHead(briefing, sources);
  // Search indexes the article's own words; dates, topics and publishers arrive as filters.
  const search = searchRecord({
    ...data,
    topicNames: data.topics.map(topicName),
    citedUrls: sources.map((source) => source.url),
    image: shareImagesEnabled ? head.image : undefined,
  });
  return {
    head,
    locals: { ...locals, briefingPermalink: briefing.permalink },
    meta: metaOf(briefing, 'briefing'),
    sources,
    coverage: describeCoverage(summarizeCoverage(sources)),
    corrections: listCorrections(data.corrections, site.lang),
    search,
    shareUrl: urls.absolute(urls.briefing(briefing.permalink)),
  };
}

/**
 * The view of one question's share page: the same date line as its briefing's. Its Sources list
 * holds only what the answer cites, under the numbers the briefing gives them, so a chip reads
 * the same on both pages.
 */
export function questionView(briefing: Briefing, question: QuestionOutline, briefingSources: number): QuestionView {
  return {
    head: questionHead(briefing, question),
    meta: metaOf(briefing, 'question'),
    briefingUrl: urls.briefing(briefing.permalink),
    questionUrl: urls.question(briefing.permalink, question.id),
    numbering: `Numbered as in the briefing, which cites ${plural(briefingSources, 'source')}.`,
  };
}

/** What the home page shows of its lead briefing: its key points with their citations resolved, and what their chips look up. */
export interface LeadView {
  keyPoints: BriefingOutline['keyPoints'];
  locals: App.Locals;
}

/** The view of the home page's lead briefing. */
export function leadView(briefing: Briefing, outline: BriefingOutline): LeadView {
  const { locals } = briefingLocals(briefing.entry.data.sources, outline);
  return { keyPoints: outline.keyPoints, locals: { ...locals, briefingPermalink: briefing.permalink } };
}
