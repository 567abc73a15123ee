import { stripVTControlCharacters } from 'node:util';

/** One line of build output and when it arrived, in milliseconds since the build started. */
export interface LogLine {
  ms: number;
  text: string;
}

/** How long each phase of `astro build` took, in milliseconds; null when the build had no such phase. */
export interface BuildPhases {
  /** From launch to the first line of output: npm, Node, Astro and loading the config. */
  startup: number | null;
  /** Content layer: reading, parsing and storing every briefing. */
  contentSync: number | null;
  /** Vite/rolldown bundling of pages, components and compiled MDX. */
  bundle: number | null;
  /** Rendering every route to a file ("generating static routes"). */
  render: number | null;
  /** Share images: the render time of image routes (.png, .jpg, .webp), summed. */
  shareImages: number | null;
  /** Work after the pages are written (`astro:build:done` hooks: Pagefind, sitemap…). */
  afterBuild: number | null;
  /** The same window when the log mentions Pagefind, i.e. it is Pagefind's indexing. */
  pagefind: number | null;
}

// Markers in Astro 7's build log; the one place to adjust when its wording changes.
const MARKERS = {
  syncStart: /\[content\] Syncing content/,
  syncEnd: /\[content\] Synced content/,
  bundleStart: /Building static entrypoints/,
  renderStart: /generating static routes/,
  renderEnd: /✓ Completed in/,
  done: /\[build\] \d+ page\(s\) built in/,
  imageRoute: /├─ \S+\.(?:png|jpe?g|webp) \(\+(\d+(?:\.\d+)?)(ms|s)\)/,
  pagefind: /pagefind/i,
  warning: /\[WARN\]|^\S+:\d+:\d+ {2}warning {2}/,
};

// Colour codes from a terminal-aware logger (rolldown colours its warnings even into a pipe).
const stripAnsi = stripVTControlCharacters;

/** The arrival time of the first line matching `pattern` at or after index `from`, with its index. */
function find(lines: readonly LogLine[], pattern: RegExp, from = 0): { ms: number; index: number } | null {
  for (let index = from; index < lines.length; index++) {
    const line = lines[index];
    if (line && pattern.test(stripAnsi(line.text))) return { ms: line.ms, index };
  }
  return null;
}

function between(start: { ms: number } | null, end: { ms: number } | null): number | null {
  return start && end ? Math.round(end.ms - start.ms) : null;
}

/** The summed `(+12ms)` times of routes that render images. */
function imageRouteMs(lines: readonly LogLine[]): number | null {
  const times = lines.flatMap(({ text }) => {
    const match = MARKERS.imageRoute.exec(stripAnsi(text));
    return match ? [Number(match[1]) * (match[2] === 's' ? 1000 : 1)] : [];
  });
  return times.length ? Math.round(times.reduce((sum, ms) => sum + ms, 0)) : null;
}

/** Splits a build log into phases by the arrival times of Astro's own progress lines. */
export function parseBuildPhases(lines: readonly LogLine[]): BuildPhases {
  const renderStart = find(lines, MARKERS.renderStart);
  const renderEnd = renderStart && find(lines, MARKERS.renderEnd, renderStart.index + 1);
  const afterBuild = between(renderEnd, find(lines, MARKERS.done, renderEnd?.index ?? lines.length));
  return {
    startup: lines[0] ? Math.round(lines[0].ms) : null,
    contentSync: between(find(lines, MARKERS.syncStart), find(lines, MARKERS.syncEnd)),
    bundle: between(find(lines, MARKERS.bundleStart), renderStart),
    render: between(renderStart, renderEnd),
    shareImages: imageRouteMs(lines),
    afterBuild,
    pagefind: find(lines, MARKERS.pagefind) ? afterBuild : null,
  };
}

/** Lines that are warnings: Astro's and Vite's `[WARN]`, and the site's own `file:line:col  warning`. */
export function listWarnings(lines: readonly LogLine[]): string[] {
  return lines.map(({ text }) => stripAnsi(text)).filter((text) => MARKERS.warning.test(text));
}

/** A timed log as the bench saves it: one `<ms>\t<text>` line per output line. */
export function formatTimedLog(lines: readonly LogLine[]): string {
  return lines.map(({ ms, text }) => `${Math.round(ms)}\t${text}\n`).join('');
}

/** Reads a log saved by `formatTimedLog`. */
export function parseTimedLog(saved: string): LogLine[] {
  return saved
    .split('\n')
    .filter((line) => line.includes('\t'))
    .map((line) => {
      const tab = line.indexOf('\t');
      return { ms: Number(line.slice(0, tab)), text: line.slice(tab + 1) };
    });
}

/** What the heap probe saw in the Node process with the largest heap, in MB. */
export interface HeapReport {
  peakMb: number;
  /** Heap live after a full collection at exit; null unless the bench exposed `gc`. */
  liveMb: number | null;
  limitMb: number;
}

/** The report of the process with the largest heap peak (the probe prints one line per Node process). */
export function parseHeapPeak(lines: readonly LogLine[]): HeapReport | null {
  const reports = lines.flatMap(({ text }): HeapReport[] => {
    const match = /\[bench\] heap peak (\d+) MB(?:, live (\d+) MB)? of (\d+) MB/.exec(text);
    return match
      ? [{ peakMb: Number(match[1]), liveMb: match[2] ? Number(match[2]) : null, limitMb: Number(match[3]) }]
      : [];
  });
  return reports.reduce<HeapReport | null>(
    (largest, report) => (largest && largest.peakMb >= report.peakMb ? largest : report),
    null,
  );
}

/**
 * CPU seconds (user + system) of a command's whole process tree, from the two lines the
 * shell's `times` prints last (the shell's own, then its children's); null when absent.
 */
export function parseCpuSeconds(lines: readonly LogLine[]): number | null {
  const clock = /^(\d+)m([\d.]+)s (\d+)m([\d.]+)s$/;
  const children = lines.filter(({ text }) => clock.test(text.trim())).at(-1);
  const match = children && clock.exec(children.text.trim());
  if (!match) return null;
  const [minutesUser, secondsUser, minutesSystem, secondsSystem] = match.slice(1).map(Number) as number[];
  return (minutesUser ?? 0) * 60 + (secondsUser ?? 0) + (minutesSystem ?? 0) * 60 + (secondsSystem ?? 0);
}
