import type { APIContext, InferGetStaticPropsType } from 'astro';
import { getTopicPaths } from '../../../data/archive.ts';
import { topicFeed } from '../../../data/feeds.ts';
import { jsonFeed } from '../../../lib/site/feeds.ts';

export const getStaticPaths = getTopicPaths;

/** One topic's JSON Feed 1.1. */
export async function GET({ props }: APIContext<InferGetStaticPropsType<typeof getStaticPaths>>) {
  return Response.json(jsonFeed(await topicFeed(props.topic, props.briefings)));
}
