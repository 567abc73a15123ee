import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import resvgPackage from '@resvg/resvg-js/package.json';
import satoriPackage from 'satori/package.json';
import sharp from 'sharp';
import { createFileCache } from './file-cache.ts';
import { readShareTheme, type ShareCard } from '../lib/share/share-card.ts';
import { createShareImageRenderer, loadShareFonts, shareImageNamespace } from './share-image.ts';
import { createDrawingPool } from './share-image-pool.ts';
import { buildSettings } from '../site.config.ts';
import stylesheet from '../styles/tokens.css?raw';

// Packages and the drawing worker are found from the project root: route code runs from a bundle whose place varies with OUT_DIR.
const fromProject = createRequire(join(process.cwd(), 'package.json'));
const fonts = loadShareFonts(fromProject.resolve);
const drawing = join(process.cwd(), 'src/share-images/share-image-drawing.ts');
const tools = [
  // The drawing code runs in workers, outside the bundle: its own text keys the cache, so editing it redraws every image.
  `drawing@${createHash('sha256').update(readFileSync(drawing)).digest('hex')}`,
  `satori@${satoriPackage.version}`,
  `resvg@${resvgPackage.version}`,
  `libvips@${sharp.versions.vips}`,
  `sharp@${sharp.versions.sharp ?? ''}`,
];

/** What every share image's pixels depend on besides its card: fonts, drawing code and tools. */
export const shareImageVersion = shareImageNamespace(fonts, tools);

/** One renderer for the whole build, so fonts are read and parsed once per worker; drawn images are kept between builds. */
const render = createShareImageRenderer(
  createDrawingPool(join(process.cwd(), 'src/share-images/share-image-worker.ts'), fonts),
  readShareTheme(stylesheet),
  createFileCache(join(buildSettings(process.env).cacheDir, 'share-images'), shareImageVersion, 'png'),
);

/** The PNG response of a share image route. */
export async function shareImageResponse(card: ShareCard): Promise<Response> {
  return new Response(new Uint8Array(await render(card)), { headers: { 'Content-Type': 'image/png' } });
}
