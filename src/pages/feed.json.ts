import { getBriefings } from '../data/briefings.ts';
import { siteFeed } from '../data/feeds.ts';
import { jsonFeed } from '../lib/site/feeds.ts';

/** The site's JSON Feed 1.1. */
export async function GET() {
  return Response.json(jsonFeed(await siteFeed(await getBriefings())));
}
