import publishers from '../../content/publishers.json';
import type { CitationIndex } from '../lib/citations';
import { listCitedSources, type SourceRecord } from '../lib/source-list';
import { site } from '../site.config';

/** A briefing's cited sources, numbered and labelled with the site's publisher table and language. */
export function citedSourcesOf(sources: readonly SourceRecord[], citations: CitationIndex) {
  return listCitedSources(sources, citations, publishers, site.lang);
}
