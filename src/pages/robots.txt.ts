import { urls } from '../data/urls.ts';
import { robotsTxt } from '../lib/site/sitemap.ts';

/** robots.txt, pointing crawlers to the sitemap under the site's base path. */
export function GET() {
  return new Response(robotsTxt(urls.absolute(urls.sitemap())), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
