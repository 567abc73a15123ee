import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { RENDERER_PACKAGE } from './share-image-drawing.ts';
import { createFileCache, fileCacheName } from './file-cache.ts';
import { readShareTheme, type ShareCard } from '../lib/share/share-card.ts';
import { createShareImageRenderer, loadShareFonts, shareImageKey, shareImageNamespace } from './share-image.ts';
import { shareImageCacheFolders } from './share-image-cache.ts';
import { createDrawingPool } from './share-image-pool.ts';
import { buildSettings } from '../site.config.ts';
import stylesheet from '../styles/tokens.css?raw';

// Packages and the drawing worker are found from the project root: route code runs from a bundle whose place varies with OUT_DIR.
const fromProject = createRequire(join(process.cwd(), 'package.json'));
const fonts = loadShareFonts(fromProject.resolve);
const drawing = join(process.cwd(), 'src/share-images/share-image-drawing.ts');
// The package exports no package.json: its version is read beside its entry point.
const renderer = JSON.parse(
  readFileSync(join(dirname(fromProject.resolve(RENDERER_PACKAGE)), '../package.json'), 'utf8'),
) as { name: string; version: string };
const tools = [
  // The drawing code runs in workers, outside the bundle: its own text keys the cache, so editing it redraws every image.
  `drawing@${createHash('sha256').update(readFileSync(drawing)).digest('hex')}`,
  `${renderer.name}@${renderer.version}`,
];

/** What every share image's pixels depend on besides its card: fonts, drawing code and tools. */
export const shareImageVersion = shareImageNamespace(fonts, tools);

const theme = readShareTheme(stylesheet);
const folders = shareImageCacheFolders(buildSettings(process.env).cacheDir);

/** One renderer for the whole build, so fonts are read and parsed once per worker; drawn images are kept between builds. */
const render = createShareImageRenderer(
  createDrawingPool(join(process.cwd(), 'src/share-images/share-image-worker.ts'), fonts),
  theme,
  createFileCache(folders.images, shareImageVersion, 'png'),
);

/**
 * Notes which images a share image route produces in this build, and returns its routes: the
 * cache keeps those (share-image-cache.ts), including images of pages an incremental build
 * restores without drawing.
 */
export function expectShareImages<T>(route: string, routes: T[], card: (route: T) => ShareCard): T[] {
  const names = routes.map((each) => fileCacheName(shareImageVersion, shareImageKey(card(each), theme), 'png'));
  mkdirSync(folders.expected, { recursive: true });
  writeFileSync(join(folders.expected, `${route}.json`), JSON.stringify(names));
  return routes;
}

/** The PNG response of a share image route. */
export async function shareImageResponse(card: ShareCard): Promise<Response> {
  return new Response(new Uint8Array(await render(card)), { headers: { 'Content-Type': 'image/png' } });
}
