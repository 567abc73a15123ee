import publishers from '../../content/publishers.json';
import type { CitationIndex } from '../lib/citations/citations.ts';
import { evidenceByQuestion } from '../lib/sources/coverage.ts';
import type { BriefingOutline } from '../lib/citations/outline.ts';
import type { SourceData } from '../lib/content/briefing-schema.ts';
import { listCitedSources, type CitedSource } from '../lib/sources/source-list.ts';
import { buildSettings, site } from '../site.config.ts';
import { readLockFile } from '../verify/lock-file.ts';

// Read once a build: the lock file `npm run verify` writes, so the build stays offline.
const checks = readLockFile(buildSettings(process.env).contentDir).sources;

/** A briefing's cited sources, numbered and labelled with the site's publisher table and language. */
function citedSourcesOf(sources: readonly SourceData[], citations: CitationIndex) {
  return listCitedSources(sources, citations, publishers, site.lang, checks);
}

/** What a briefing's chips and evidence lines look up while it renders, on a page or in a feed. */
export function briefingLocals(sources: readonly SourceData[], outline: BriefingOutline) {
  const cited = citedSourcesOf(sources, outline.citations);
  const citedSources = new Map(cited.map((source) => [source.id, source]));
  return { cited, locals: { citedSources, evidence: evidenceByQuestion(outline.questions, citedSources) } };
}

/**
 * A cited source of the briefing being rendered. In `astro dev` a save that renames a source
 * reaches the compiled body a moment before the collection's data: the content check has judged
 * every id already, so a missing one then is that moment, left out rather than shown as an error.
 * In a build the two always agree, and a missing source is a bug.
 */
export function citedSourceOf(locals: App.Locals, id: string, what: string): CitedSource | undefined {
  const source = locals.citedSources?.get(id);
  if (source || import.meta.env.DEV) return source;
  throw new Error(`${what} of "${id}" rendered outside its briefing.`);
}
