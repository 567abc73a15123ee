import { globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import topicTable from '../../content/topics.json' with { type: 'json' };
import { BRIEFING_FILES, briefingEntryId } from '../lib/content/briefing-files.ts';
import { checkBriefings, type BriefingFile } from '../lib/content/check-briefing.ts';
import { listTopics } from '../lib/content/topics.ts';

/** A briefing file as the checks see it; `file` is shown relative to the working directory, as editors expect. */
function readBriefing(briefingsDir: string, path: string, text = readFileSync(join(briefingsDir, path), 'utf8')) {
  return { file: relative(process.cwd(), join(briefingsDir, path)), entryId: briefingEntryId(path), text };
}

/** Every briefing under `<contentDir>/briefings/`, in a stable order. */
export function readBriefings(contentDir: string): BriefingFile[] {
  const briefingsDir = join(contentDir, 'briefings');
  return globSync(BRIEFING_FILES, { cwd: briefingsDir })
    .sort()
    .map((path) => readBriefing(briefingsDir, path));
}

/** The site's topics: content/topics.json, whichever content folder is checked (as the site reads it). */
export const TOPICS = listTopics(topicTable).map((topic) => topic.slug);

/** Checks every briefing in a content folder: what `npm run check`, `astro build` and `astro dev` all run. */
export function checkContent(contentDir: string, today = new Date()) {
  const briefings = readBriefings(contentDir);
  return { briefings: briefings.length, diagnostics: checkBriefings(briefings, { topics: TOPICS, today }) };
}
