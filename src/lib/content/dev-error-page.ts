import { formatDiagnostic, type Diagnostic } from './diagnostics.ts';

/**
 * In `astro dev`, a briefing whose date cannot be read moves: Astro's YAML rolls 2026-02-30 into
 * March, so its page is served at another address and the tab the writer has open says "Page
 * not found". Requests for that briefing's slug get this page instead, wherever they point.
 */

/** The slug a request for a briefing page names (`/briefings/2026/02/28/my-story/`), under the site's base. */
export function requestedSlug(url: string, base: string): string | undefined {
  const path = url.split(/[?#]/)[0] ?? '';
  const prefix = `${base.replace(/\/$/, '')}/briefings/`;
  if (!path.startsWith(prefix)) return undefined;
  return /^\d{4}\/\d{2}\/\d{2}\/([^/]+)\/?$/.exec(path.slice(prefix.length))?.[1];
}

/** Whether a briefing's findings include one that moves its page: an unreadable `date:` or `slug:`. */
export function movesThePage(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some(({ severity, message }) => severity === 'error' && /^Field "(date|slug)" /.test(message));
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char] ?? char);

/** The page shown in their place: every error, one per line, and a reload each second until they are fixed. */
export function devErrorPage(diagnostics: readonly Diagnostic[]): string {
  const lines = diagnostics.map((finding) => escapeHtml(formatDiagnostic(finding))).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="1">
<title>This briefing has problems</title></head>
<body><h1>This briefing has problems</h1>
<p>Fix each line listed; this page reloads itself and shows the briefing once they are fixed.</p>
<pre>${lines}</pre></body></html>
`;
}
