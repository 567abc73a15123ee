import { relative, resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Plugin, ViteDevServer } from 'vite';
import {
  checkContent,
  DATA_FILES,
  readBriefings,
  readNames,
  sourceLockSettings,
  type TextCache,
} from '../content-check/content-files.ts';
import { createBriefingChecker, type BriefingFile } from '../lib/content/check-briefing.ts';
import { ContentError, formatDiagnostic, summarizeDiagnostics, type Diagnostic } from '../lib/content/diagnostics.ts';
import { devErrorPage, movesThePage, requestedSlug } from '../lib/content/dev-error-page.ts';
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

/** The errors among a briefing's findings when they move its page away from the address it had. */
function movedPageErrors(own: readonly Diagnostic[]) {
  return movesThePage(own) ? own.filter((finding) => finding.severity === 'error') : [];
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
 * In `astro dev`, checks a briefing whenever it is compiled, so that the error overlay shows its
 * first problem at its line (and the terminal lists them all); a briefing whose date or slug
 * cannot be read shows its errors at every address of its slug, since Astro would move its page.
 */
function overlayOnErrors(contentDir: string, base: string): Plugin {
  const briefingsDir = resolve(contentDir, 'briefings');
  // Vite compiles a file more than once per request; its warnings are worth printing once per edit.
  const warned = new Map<string, string>();
  const check = createBriefingChecker();
  const texts: TextCache = new Map();
  // Read from disk: for some of its module ids, Vite hands over the file already transformed.
  const checkAll = (briefings: readonly BriefingFile[]) => {
    const sourceLock = sourceLockSettings(contentDir);
    return check(briefings, { ...readNames(), today: new Date(), ...(sourceLock && { sourceLock }) });
  };
  return {
    name: 'briefing-content-check',
    enforce: 'pre',
    configureServer(server) {
      reloadOnTableEdits(server);
      server.middlewares.use((request, response, next) => {
        const slug = requestedSlug(request.url ?? '', base);
        if (!slug) return next();
        // Only the requested briefing's own date and slug can move its page: check it alone.
        const briefings = readBriefings(contentDir, texts).filter(
          (briefing) => briefingSlug(briefing.entryId) === slug,
        );
        const errors = movedPageErrors(checkAll(briefings));
        if (!errors.length) return next();
        response.statusCode = 500;
        response.setHeader('content-type', 'text/html; charset=utf-8');
        response.end(devErrorPage(errors));
      });
    },
    transform(_code, id) {
      const path = id.split('?')[0] ?? id;
      if (!path.endsWith('.mdx') || !path.startsWith(`${briefingsDir}/`)) return;
      const diagnostics = checkAll(readBriefings(contentDir, texts));
      const file = relative(process.cwd(), path);
      const own = diagnostics.filter((finding) => finding.file === file);
      const errors = own.filter((finding) => finding.severity === 'error');
      if (errors.length) throw asOverlay(new ContentError(errors), path);
      const printed = own.map(formatDiagnostic).join('\n');
      if (!printed || warned.get(path) === printed) return;
      warned.set(path, printed);
      print(own, 1);
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
        updateConfig({ vite: { plugins: [overlayOnErrors(contentDir, base)] } });
      },
    },
  };
}
