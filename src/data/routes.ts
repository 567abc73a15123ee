import { permalinkParam } from '../lib/site/permalinks.ts';
import type { QuestionOutline } from '../lib/citations/outline.ts';
import { briefingKey, briefingPageKey, type KeySettings } from './page-keys.ts';
import { getBriefingPages } from './archive.ts';
import { getBriefings, renderBriefing, type Briefing } from './briefings.ts';
import { shareImageVersion } from '../share-images/share-image-routes.ts';
import { questionImagesEnabled, shareImagesEnabled } from './sharing.ts';

/** What the pages and images under `briefings/[...permalink]/` receive as props. */
export interface BriefingProps {
  briefing: Briefing;
}

/** What a question's share page and image receive as props. */
export interface QuestionProps extends BriefingProps {
  question: QuestionOutline;
}

// Every route below returns a `cacheKey` over all it shows (src/data/page-keys.ts), so an incremental build skips only unchanged pages.
const settings: KeySettings = {
  shareImages: shareImagesEnabled && `${shareImageVersion}|${questionImagesEnabled ? 'question' : 'briefing'}`,
};

/** The paths of every visible briefing's page, with its neighbours and related briefings. */
export async function briefingPageRoutes() {
  const pages = await getBriefingPages();
  return pages.map((page) => ({
    params: { permalink: permalinkParam(page.briefing.permalink) },
    props: page,
    cacheKey: briefingPageKey(page, settings),
  }));
}

/** The paths of every visible briefing, for the share image beside its page. */
export async function briefingRoutes() {
  const briefings = await getBriefings();
  return briefings.map((briefing) => ({
    params: { permalink: permalinkParam(briefing.permalink) },
    props: { briefing } satisfies BriefingProps,
    cacheKey: briefingKey(briefing, settings),
  }));
}

/** The paths of every question of every visible briefing, as the Markdown pipeline outlined them. */
export async function questionRoutes() {
  const briefings = await getBriefings();
  const outlines = await Promise.all(briefings.map(({ entry }) => renderBriefing(entry)));
  return briefings.flatMap((briefing, index) =>
    (outlines[index]?.outline.questions ?? []).map((question) => ({
      params: { permalink: permalinkParam(briefing.permalink), question: question.id },
      props: { briefing, question } satisfies QuestionProps,
      cacheKey: briefingKey(briefing, settings, question),
    })),
  );
}
