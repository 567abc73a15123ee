import { urls } from '../data/urls.ts';
import { brand } from '../lib/site/brand.ts';
import { webManifest } from '../lib/site/web-manifest.ts';
import { site } from '../site.config.ts';

/** The web app manifest, under the site's base path. */
export function GET() {
  const body = webManifest({
    name: site.name,
    description: site.tagline,
    lang: site.lang,
    start: urls.home(),
    icons: [192, 512].map((size) => ({ src: urls.asset(`icon-${size}.png`), size })),
    background: brand.paper,
    theme: brand.accent,
  });
  return new Response(body, { headers: { 'Content-Type': 'application/manifest+json' } });
}
