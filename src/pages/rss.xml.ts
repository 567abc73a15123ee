import rss from '@astrojs/rss';
import { getBriefings } from '../data/briefings';
import { siteFeed } from '../data/feeds';
import { rssOptions } from '../lib/feeds';

/** The site's RSS 2.0 feed. */
export async function GET() {
  return rss(rssOptions(await siteFeed(await getBriefings())));
}
