import { lastModified } from '../lib/site/dates.ts';
import { questionPath } from '../lib/site/permalinks.ts';
import { articleMeta, briefingDescription, type HeadMeta, type ShareImage } from '../lib/site/page-meta.ts';
import type { QuestionOutline } from '../lib/citations/outline.ts';
import {
  briefingShareCard,
  questionShareCard,
  SHARE_IMAGE_SIZE,
  siteShareCard,
  type ShareCard,
} from '../lib/share/share-card.ts';
import type { CitedSource } from '../lib/sources/source-list.ts';
import { newsArticle, serializeJsonLd } from '../lib/site/structured-data.ts';
import { buildSettings, site } from '../site.config.ts';
import { briefingAuthors } from './authors.ts';
import type { Briefing } from './briefings.ts';
import { topicName } from './topics.ts';
import { urls } from './urls.ts';

const settings = buildSettings(process.env);

/** False in fast builds (SKIP_SHARE_IMAGES=1): no per-page images, and every page names the site's image. */
export const shareImagesEnabled = settings.drawShareImages;

/** Whether questions get images of their own, or show their briefing's (the site's `shareImages`). */
export const questionImagesEnabled = shareImagesEnabled && settings.shareImages === 'question';

/** The share card of a briefing. */
export function briefingCard({ entry }: Briefing): ShareCard {
  const { title, date, keyPoints } = entry.data;
  return briefingShareCard({ title, date, keyPoint: keyPoints[0] ?? '' }, site);
}

/** The share card of one question of a briefing. */
export function questionCard({ entry }: Briefing, question: QuestionOutline): ShareCard {
  return questionShareCard(question, entry.data, site);
}

/** The share card of pages without one of their own. */
export function siteCard(): ShareCard {
  return siteShareCard(site);
}

/** The image a page at `pagePath` shares: its own when images are built, else the site's. */
function shareImage(card: ShareCard, pagePath: string): ShareImage {
  const path = shareImagesEnabled ? pagePath : '';
  return { url: urls.absolute(urls.shareImage(path)), alt: `${card.label}: ${card.title}`, ...SHARE_IMAGE_SIZE };
}

/** The image of pages without one of their own. */
export function siteShareImage(): ShareImage {
  return shareImage(siteCard(), '');
}

/** The head of a briefing page: description, article facts, share image and its `NewsArticle`. */
export function briefingHead(briefing: Briefing, sources: readonly CitedSource[]): HeadMeta {
  const { data } = briefing.entry;
  const topics = data.topics.map(topicName);
  const description = briefingDescription(data);
  const image = shareImage(briefingCard(briefing), briefing.permalink);
  const url = urls.absolute(urls.briefing(briefing.permalink));
  const article = newsArticle({
    headline: data.title,
    description,
    url,
    image: image.url,
    datePublished: data.date,
    dateModified: lastModified(data),
    lang: site.lang,
    publisher: { name: site.publisher, url: urls.absolute(urls.home()) },
    authors: briefingAuthors(briefing).map(({ name, slug, kind }) => ({
      name,
      kind,
      url: urls.absolute(urls.author(slug)),
    })),
    topics,
    sources,
  });
  return {
    title: data.title,
    description,
    canonical: url,
    image,
    article: articleMeta(data, topics),
    structuredData: serializeJsonLd(article),
  };
}

/** The head of a question's share page: the question as title, its first sentence as description, canonical to the briefing. */
export function questionHead(briefing: Briefing, question: QuestionOutline): HeadMeta {
  const image = questionImagesEnabled
    ? shareImage(questionCard(briefing, question), questionPath(briefing.permalink, question.id))
    : shareImage(briefingCard(briefing), briefing.permalink);
  return {
    title: question.text,
    description: question.firstSentence || briefingDescription(briefing.entry.data),
    canonical: urls.absolute(urls.briefing(briefing.permalink)),
    image,
    article: articleMeta(briefing.entry.data, briefing.entry.data.topics.map(topicName)),
  };
}
