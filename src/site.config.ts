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
  /** What the subscribe box says when it offers the feeds alone (no sign-up form configured). */
  subscribe: { pitch: string };
  /** Where readers write to the newsroom (corrections, tips): an email address, linked from the footer and About. */
  contact: string;
  /**
   * The email sign-up form, when the site has a mailing-list provider: `endpoint` is the address
   * the provider gives for its form (the form's `action`, https), `emailField` the name it expects
   * for the address. The page policy's `form-action` allows that endpoint's origin and nothing
   * else. Absent, the subscribe box offers the feeds. SIGNUP_ENDPOINT overrides the endpoint.
   */
  signup?: SignupForm | undefined;
  /**
   * Which pages get a share image of their own: 'question' draws one per briefing and one per
   * question (a shared question previews as itself); 'briefing' draws one per briefing, and
   * question pages show their briefing's (a fraction of the images, so faster builds).
   */
  shareImages: 'question' | 'briefing';
}

/** A mailing-list provider's sign-up form, as `site.signup` configures it. */
export interface SignupForm {
  endpoint: string;
  emailField: string;
}

export const site: SiteSettings = {
  name: 'Briefing',
  tagline: 'Cited answers to the questions behind the news.',
  url: 'https://briefing.example',
  lang: 'en',
  publisher: 'Briefing',
  subscribe: {
    pitch: 'Get each new briefing in your feed reader the day it is published.',
  },
  contact: 'newsroom@briefing.example',
  shareImages: 'question',
};

/** The sign-up form the build uses: `site.signup`, its endpoint replaced by SIGNUP_ENDPOINT when set; undefined when neither is. */
export function signupForm(env: Record<string, string | undefined>, settings = site.signup): SignupForm | undefined {
  const endpoint = env['SIGNUP_ENDPOINT'] || settings?.endpoint;
  if (!endpoint) return undefined;
  const url = URL.parse(endpoint);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new Error(
      `The sign-up endpoint must be an http(s) address, not "${endpoint}" (SIGNUP_ENDPOINT or site.signup).`,
    );
  }
  return { endpoint, emailField: settings?.emailField ?? 'email' };
}

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
    signup: signupForm(env),
    // Astro notices a change in what the Markdown pipeline makes of a briefing (new plugin code)
    // only for content inside the project, so pages are reused from the last build only then.
    incrementalBuild: isInside(contentDir, root),
  };
}
