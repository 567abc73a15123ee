import { relative, resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Plugin, ViteDevServer } from 'vite';
import {
  checkContent,
  DATA_FILES,
  readBriefings,
  readNames,
  SAVES_IN_ORDER,
  sourceLockSettings,
  type TextCache,
} from '../content-check/content-files.ts';
import { createBriefingChecker, type BriefingFile } from '../lib/content/check-briefing.ts';
import { ContentError, formatDiagnostic, summarizeDiagnostics, type Diagnostic } from '../lib/content/diagnostics.ts';
import { devErrorPage, requestedSlug } from '../lib/content/dev-error-page.ts';
import { orderedByPath } from '../lib/content/ordered-watcher.ts';
import { briefingSlug } from '../lib/site/permalinks.ts';

const HINT = 'Fix each line listed; `npm run check` checks every briefing again in a second.';

/** Prints the errors, the warnings unless told not to, and a summary that counts them all. */
function print(diagnostics: readonly Diagnostic[], briefings: number, listWarnings = true): void {
  for (const finding of diagnostics) {
    if (finding.severity === 'error') console.error(formatDiagnostic(finding));
    else if (listWarnings) console.warn(formatDiagnostic(finding));
  }
  console.warn(summarizeDiagnostics(diagnostics, briefings));
}

/**
 * Stops the build before anything is written when the content has errors, listing them all.
 * The build stays quiet about warnings: `npm run check` and the dev server show those.
 */
function checkBeforeBuild(contentDir: string): void {
  const errors = checkContent(contentDir).diagnostics.filter((finding) => finding.severity === 'error');
  if (!errors.length) return;
  for (const finding of errors) console.error(formatDiagnostic(finding));
  const count = errors.length === 1 ? 'an error' : `${errors.length} errors`;
  const error = new Error(`The content has ${count}, listed above: nothing was built.`);
  // A content mistake is not a crash: the findings above say what to do, a stack trace would not.
  error.stack = '';
  throw Object.assign(error, { hint: HINT });
}

/** A content error for the overlay: the file it is about, a hint, and no stack trace (the findings say what to do). */
function asOverlay(error: ContentError, id: string): ContentError {
  error.stack = '';
  return Object.assign(error, { id, hint: HINT });
}

/**
 * The topics, publishers and authors tables change what every briefing's check and page say: on an
 * edit, every module is compiled again and open pages reload, with no restart.
 */
function reloadOnTableEdits(server: ViteDevServer): void {
  const tables = DATA_FILES.map((file) => resolve(file));
  server.watcher.add(tables);
  server.watcher.on('change', (changed) => {
    if (!tables.includes(resolve(changed))) return;
    server.moduleGraph.invalidateAll();
    server.ws.send({ type: 'full-reload' });
  });
}

/**
 * In `astro dev`, checks a briefing when it is saved, printing its findings once in the terminal,
 * and when it is compiled. A request for the page of a briefing with errors gets a page listing
 * them at their lines (reloading itself until they are fixed) in place of the briefing.
 */
function checkInDev(contentDir: string, base: string): Plugin {
  const briefingsDir = resolve(contentDir, 'briefings');
  // Findings last printed per file: a save or a compile prints them only when they changed.
  const printed = new Map<string, string>();
  const check = createBriefingChecker();
  const texts: TextCache = new Map();
  // Read from disk: for some of its module ids, Vite hands over the file already transformed.
  const checkAll = (briefings: readonly BriefingFile[]) => {
    const sourceLock = sourceLockSettings(contentDir);
    return check(briefings, { ...readNames(), today: new Date(), ...(sourceLock && { sourceLock }) });
  };
  const isBriefing = (path: string) => path.endsWith('.mdx') && path.startsWith(`${briefingsDir}/`);
  /** A briefing file's findings, printed if they are not what was printed for it last. */
  const findingsOf = (path: string) => {
    const file = relative(process.cwd(), path);
    const own = checkAll(readBriefings(contentDir, { cache: texts })).filter((finding) => finding.file === file);
    const text = own.map(formatDiagnostic).join('\n');
    if (text !== (printed.get(path) ?? '')) print(own, 1);
    printed.set(path, text);
    return own;
  };
  return {
    name: 'briefing-content-check',
    enforce: 'pre',
    configureServer(server) {
      reloadOnTableEdits(server);
      const onSave = (changed: string) => {
        const path = resolve(changed);
        if (isBriefing(path)) findingsOf(path);
      };
      // As the content loader does, so that a save right after another is not missed (see orderedByPath).
      const saves = orderedByPath(server.watcher, SAVES_IN_ORDER);
      saves.on('change', onSave);
      saves.on('add', onSave);
      server.middlewares.use((request, response, next) => {
        const slug = requestedSlug(request.url ?? '', base);
        if (!slug) return next();
        const only = (entryId: string) => briefingSlug(entryId) === slug;
        const briefings = readBriefings(contentDir, { cache: texts, only });
        const errors = checkAll(briefings).filter((finding) => finding.severity === 'error');
        if (!errors.length) return next();
        response.statusCode = 500;
        response.setHeader('content-type', 'text/html; charset=utf-8');
        response.end(devErrorPage(errors));
      });
    },
    transform(_code, id) {
      const path = id.split('?')[0] ?? id;
      if (!isBriefing(path)) return;
      // Compiled for another page (the home page, a feed): stop there, with the overlay at its line.
      const errors = findingsOf(path).filter((finding) => finding.severity === 'error');
      if (errors.length) throw asOverlay(new ContentError(errors), path);
    },
  };
}

/**
 * Runs the content check before `astro build` (which stops on any error, before Astro's own
 * schema check can report it without a line) and inside `astro dev`.
 */
export function contentCheck(contentDir: string, base = '/'): AstroIntegration {
  return {
    name: 'briefing-content-check',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') checkBeforeBuild(contentDir);
        if (command !== 'dev') return;
        // At start, errors and a count; each briefing's warnings show when it is opened.
        const { briefings, diagnostics } = checkContent(contentDir);
        print(diagnostics, briefings, false);
        updateConfig({ vite: { plugins: [checkInDev(contentDir, base)] } });
      },
    },
  };
}
