import { isAbsolute, relative, resolve, sep } from 'node:path';

/** Site-wide settings: the one file a publisher edits to make the site theirs. */
export interface SiteSettings {
  /** The site's name, shown in the header, titles and feeds. */
  name: string;
  /** One line under the name on the home page. */
  tagline: string;
  /** The published origin, used for canonical and shared links; overridden by SITE_URL. */
  url: string;
  /** BCP 47 language of the briefings: `<html lang>` and date formats. */
  lang: string;
  /** Who publishes the site, for feeds and structured data. */
  publisher: string;
  /** Where "subscribe" sends a reader, relative to the site root or absolute. */
  subscribe: { label: string; href: string; pitch: string };
  /**
   * Which pages get a share image of their own: 'question' draws one per briefing and one per
   * question (a shared question previews as itself); 'briefing' draws one per briefing, and
   * question pages show their briefing's (a fraction of the images, so faster builds).
   */
  shareImages: 'question' | 'briefing';
}

export const site: SiteSettings = {
  name: 'Briefing',
  tagline: 'Cited answers to the questions behind the news.',
  url: 'https://briefing.example',
  lang: 'en',
  publisher: 'Briefing',
  subscribe: {
    label: 'Subscribe by RSS',
    href: 'rss.xml',
    pitch: 'Get each new briefing in your feed reader the day it is published.',
  },
  shareImages: 'question',
};

function shareImageMode(value: string): SiteSettings['shareImages'] {
  if (value === 'question' || value === 'briefing') return value;
  throw new Error(
    `Share images are drawn per 'question' or per 'briefing', not "${value}" (SHARE_IMAGES or site.shareImages).`,
  );
}

/** Whether `folder` (absolute, or relative to `root`) lies inside `root`. */
function isInside(folder: string, root: string): boolean {
  const path = relative(root, resolve(root, folder));
  return path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path);
}

/** Build inputs and outputs, from the environment: SITE_URL and BASE_PATH (e.g. `/news/`) set
 * where the site is deployed; CONTENT_DIR and OUT_DIR let tests build fixture content elsewhere;
 * CACHE_DIR gives a build caches of its own (the benchmark's cold builds); SKIP_SHARE_IMAGES=1
 * skips per-page share images for fast local builds, SHARE_IMAGES overrides `site.shareImages`.
 * `root` is the project's folder. */
export function buildSettings(env: Record<string, string | undefined>, root = process.cwd()) {
  const contentDir = env['CONTENT_DIR'] || 'content';
  return {
    site: env['SITE_URL'] || site.url,
    base: env['BASE_PATH'] || '/',
    contentDir,
    outDir: env['OUT_DIR'] || 'dist',
    cacheDir: env['CACHE_DIR'] || './node_modules/.astro',
    viteCacheDir: env['CACHE_DIR'] ? `${env['CACHE_DIR']}/vite` : './node_modules/.vite',
    drawShareImages: !env['SKIP_SHARE_IMAGES'],
    shareImages: shareImageMode(env['SHARE_IMAGES'] || site.shareImages),
    // Astro notices a change in what the Markdown pipeline makes of a briefing (new plugin code)
    // only for content inside the project, so pages are reused from the last build only then.
    incrementalBuild: isInside(contentDir, root),
  };
}
