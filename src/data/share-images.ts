import { createRequire } from 'node:module';
import { join } from 'node:path';
import { readShareTheme, type ShareCard } from '../lib/share-card';
import { createShareImageRenderer, loadShareFonts } from '../lib/share-image';
import stylesheet from '../styles/global.css?raw';

// Packages are resolved from the project root: route code runs from a bundle whose place varies with OUT_DIR.
const fromProject = createRequire(join(process.cwd(), 'package.json'));

/** One renderer for the whole build, so fonts are read and parsed once. */
const render = createShareImageRenderer(loadShareFonts(fromProject.resolve), readShareTheme(stylesheet));

/** The PNG response of a share image route. */
export async function shareImageResponse(card: ShareCard): Promise<Response> {
  return new Response(new Uint8Array(await render(card)), { headers: { 'Content-Type': 'image/png' } });
}
