import { existsSync, globSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import authorTable from '../../content/authors.json' with { type: 'json' };
import topicTable from '../../content/topics.json' with { type: 'json' };
import { BRIEFING_FILES, briefingEntryId } from '../lib/content/briefing-files.ts';
import { checkBriefings, type BriefingFile } from '../lib/content/check-briefing.ts';
import type { SaveOrder } from '../lib/content/ordered-watcher.ts';
import { listTopics } from '../lib/content/topics.ts';
import { listAuthors } from '../lib/content/authors.ts';
import { maxAgeFrom } from '../lib/sources/staleness.ts';
import { lockPath, readLockFile } from '../verify/lock-file.ts';

/** A briefing file as the checks see it; `file` is shown relative to the working directory, as editors expect. */
function readBriefing(briefingsDir: string, path: string, text: string) {
  return { file: relative(process.cwd(), join(briefingsDir, path)), entryId: briefingEntryId(path), text };
}

/** A file's modification time and size, what tells one save from the next; `undefined` once it is gone. */
function fileVersion(path: string): string | undefined {
  const stats = statSync(path, { throwIfNoEntry: false });
  return stats && `${stats.mtimeMs} ${stats.size}`;
}

/**
 * How the dev server's listeners see the saves of a briefing (see orderedByPath): by modification
 * time and size, looked at again 60 ms after a change, past the 50 ms in which the watcher
 * reports no second change of a file.
 */
export const SAVES_IN_ORDER: SaveOrder = { version: fileVersion, settleMs: 60 };

/** Texts read so far, by path, with the modification time and size they were read at. */
export type TextCache = Map<string, { version: string; text: string }>;

/** A file's text, read again only when its modification time or size changed since `cache` got it. */
function currentText(path: string, cache: TextCache): string {
  // A file found by the listing has a version; one gone since is read, and fails, as without a cache.
  const version = fileVersion(path) ?? '';
  const known = cache.get(path);
  if (known && known.version === version) return known.text;
  const text = readFileSync(path, 'utf8');
  cache.set(path, { version, text });
  return text;
}

/** How the dev server reads briefings: keeping their texts, and only some of them. */
export interface ReadOptions {
  /** Texts kept between reads: at 10,000 briefings reading them all took 200 ms where looking at them takes 40. */
  cache?: TextCache;
  /** Which briefings to read, by entry id (`2026/05/my-story`); default: all. */
  only?: (entryId: string) => boolean;
}

/** Every briefing under `<contentDir>/briefings/` (or those `only` keeps), in a stable order. */
export function readBriefings(contentDir: string, { cache, only }: ReadOptions = {}): BriefingFile[] {
  const briefingsDir = join(contentDir, 'briefings');
  const read = (path: string) => (cache ? currentText(path, cache) : readFileSync(path, 'utf8'));
  return globSync(BRIEFING_FILES, { cwd: briefingsDir })
    .filter((path) => !only || only(briefingEntryId(path)))
    .sort()
    .map((path) => readBriefing(briefingsDir, path, read(join(briefingsDir, path))));
}

/** The site's topics: content/topics.json, whichever content folder is checked (as the site reads it). */
export const TOPICS = listTopics(topicTable).map((topic) => topic.slug);

/** The site's authors: content/authors.json, read like the topics. */
export const AUTHORS = listAuthors(authorTable).map((author) => author.slug);

/** Where the site's data tables are, whichever content folder is checked (as the site reads them). */
export const DATA_FILES = ['content/topics.json', 'content/publishers.json', 'content/authors.json'];

const readTable = <T>(file: string) => JSON.parse(readFileSync(file, 'utf8')) as T;

/**
 * The topics and authors as their tables hold them now: the dev server reads them again on
 * every check, so an added topic or author needs no restart.
 */
export function readNames() {
  return {
    topics: listTopics(readTable<Parameters<typeof listTopics>[0]>('content/topics.json')).map((topic) => topic.slug),
    authors: listAuthors(readTable<Parameters<typeof listAuthors>[0]>('content/authors.json')).map(
      (author) => author.slug,
    ),
  };
}

/**
 * What the checks compare sources with: the folder's lock file, the age past which a check is
 * stale (SOURCES_MAX_AGE_DAYS, default 90) and whether `unchecked` entries are worth a warning
 * (SOURCES_STRICT=1; off, so a lock written offline does not fill every check with warnings).
 */
export function sourceLockSettings(contentDir: string, env: NodeJS.ProcessEnv = process.env) {
  // A folder with no lock file has not started verifying (test fixtures): no lock warnings at all.
  if (!existsSync(lockPath(contentDir))) return undefined;
  const settings = { lock: readLockFile(contentDir), maxAgeDays: maxAgeFrom(env['SOURCES_MAX_AGE_DAYS']) };
  return { ...settings, strict: env['SOURCES_STRICT'] === '1' };
}

/** Checks every briefing in a content folder: what `npm run check`, `astro build` and `astro dev` all run. */
export function checkContent(contentDir: string, today = new Date()) {
  const briefings = readBriefings(contentDir);
  const sourceLock = sourceLockSettings(contentDir);
  const context = { topics: TOPICS, authors: AUTHORS, today, ...(sourceLock && { sourceLock }) };
  const files = briefings.map((briefing) => briefing.file);
  return { briefings: briefings.length, files, diagnostics: checkBriefings(briefings, context) };
}
