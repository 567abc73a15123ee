import { getBriefings } from '../data/briefings';
import { siteFeed } from '../data/feeds';
import { jsonFeed } from '../lib/feeds';

/** The site's JSON Feed 1.1. */
export async function GET() {
  return Response.json(jsonFeed(await siteFeed(await getBriefings())));
}
