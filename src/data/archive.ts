import publishers from '../../content/publishers.json';
import { groupByKeys, groupByMonth, rankGroups, sourceDomains } from '../lib/site/archive.ts';
import { domainPublisher } from '../lib/sources/sources.ts';
import { findAdjacent, relatedFinder } from '../lib/site/neighbours.ts';
import { groupByDay } from '../lib/site/river.ts';
import { authors, briefingAuthors } from './authors.ts';
import { leadView } from './briefing-view.ts';
import { getBriefings, renderBriefing, type Briefing } from './briefings.ts';
import { topics } from './topics.ts';

const factsOf = (briefing: Briefing) => briefing.entry.data;
const domainsOf = (briefing: Briefing) => sourceDomains(briefing.entry.data.sources.map((source) => source.url));

/** How many briefings the home page lists under the lead before sending readers to the archive. */
export const HOME_RECENT = 10;

/**
 * The home page: the newest briefing as the lead (with its key points' citations), the next few
 * under their days, every topic with its count, and how many briefings there are in all.
 */
export async function getHomePage() {
  const briefings = await getBriefings();
  const [lead, ...rest] = briefings;
  const view = lead && leadView(lead, (await renderBriefing(lead.entry)).outline);
  const days = groupByDay(rest.slice(0, HOME_RECENT), (briefing) => briefing.entry.data.date);
  const topicCounts = (await getTopicPages()).map((page) => ({ topic: page.topic, count: page.briefings.length }));
  return { lead, view, days, topics: topicCounts, total: briefings.length };
}

/** The newest `count` briefings. */
export async function getLatestBriefings(count: number) {
  return (await getBriefings()).slice(0, count);
}

/** Every briefing by year and month, newest first. */
export async function getArchive() {
  return groupByMonth(await getBriefings(), (briefing) => briefing.entry.data.date);
}

/** Each briefing with the ones published just before and after it, and up to three related by topic. */
export async function getBriefingPages() {
  const briefings = await getBriefings();
  const relatedTo = relatedFinder(briefings, factsOf);
  return briefings.map((briefing, index) => ({
    briefing,
    ...findAdjacent(briefings, index),
    related: relatedTo(index),
  }));
}

/** Every topic that has briefings, in the order of content/topics.json, with its briefings newest first. */
export async function getTopicPages() {
  const byTopic = groupByKeys(await getBriefings(), (briefing) => briefing.entry.data.topics);
  return topics.flatMap((topic) => {
    const briefings = byTopic.get(topic.slug);
    return briefings ? [{ topic, briefings }] : [];
  });
}

/** Static paths for the topic page and its feeds, one per topic that has briefings. */
export async function getTopicPaths() {
  return (await getTopicPages()).map((props) => ({ params: { topic: props.topic.slug }, props }));
}

/** Every publisher the briefings cite, by registrable domain, most cited first, with the briefings citing it. */
export async function getPublisherPages() {
  const byDomain = rankGroups(groupByKeys(await getBriefings(), domainsOf));
  return byDomain.map(({ key: domain, items: briefings }) => ({
    domain,
    name: domainPublisher(domain, publishers),
    briefings,
  }));
}

/** Every author, in the order of content/authors.json, with the briefings they signed, newest first (possibly none). */
export async function getAuthorPages() {
  const byAuthor = groupByKeys(await getBriefings(), (briefing) => briefingAuthors(briefing).map(({ slug }) => slug));
  return authors.map((author) => ({ author, briefings: byAuthor.get(author.slug) ?? [] }));
}

/** Static paths for the author pages, one per author. */
export async function getAuthorPaths() {
  return (await getAuthorPages()).map((props) => ({ params: { author: props.author.slug }, props }));
}
