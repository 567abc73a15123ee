import rss from '@astrojs/rss';
import type { APIContext, InferGetStaticPropsType } from 'astro';
import { getTopicPaths } from '../../../data/archive.ts';
import { topicFeed } from '../../../data/feeds.ts';
import { rssOptions } from '../../../lib/site/feeds.ts';

export const getStaticPaths = getTopicPaths;

/** One topic's RSS 2.0 feed. */
export async function GET({ props }: APIContext<InferGetStaticPropsType<typeof getStaticPaths>>) {
  return rss(rssOptions(await topicFeed(props.topic, props.briefings)));
}
