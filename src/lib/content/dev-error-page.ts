import { formatDiagnostic, type Diagnostic } from './diagnostics.ts';

/**
 * In `astro dev`, a briefing with errors is not rendered: requests for its pages (and its
 * questions' pages) get this page instead, listing every error at its line. Astro would otherwise
 * print each error twice per request in its own words, and a `date:` that is not a real day
 * (2026-02-30, which Astro's YAML rolls into March) would move the page away from the open tab.
 */

/** The slug a request for a briefing's page or one of its questions' pages names, under the site's base. */
export function requestedSlug(url: string, base: string): string | undefined {
  const path = url.split(/[?#]/)[0] ?? '';
  const prefix = `${base.replace(/\/$/, '')}/briefings/`;
  if (!path.startsWith(prefix)) return undefined;
  return /^\d{4}\/\d{2}\/\d{2}\/([^/]+)(?:\/q\/[^/]+)?\/?$/.exec(path.slice(prefix.length))?.[1];
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
