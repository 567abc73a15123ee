import rss from '@astrojs/rss';
import { getBriefings } from '../data/briefings.ts';
import { siteFeed } from '../data/feeds.ts';
import { rssOptions } from '../lib/site/feeds.ts';

/** The site's RSS 2.0 feed. */
export async function GET() {
  return rss(rssOptions(await siteFeed(await getBriefings())));
}
