import { permalinkParam } from '../lib/permalinks';
import type { QuestionOutline } from '../lib/outline';
import { getBriefings, renderBriefing, type Briefing } from './briefings';

/** What the pages and images under `briefings/[...permalink]/` receive as props. */
export interface BriefingProps {
  briefing: Briefing;
}

/** What a question's share page and image receive as props. */
export interface QuestionProps extends BriefingProps {
  question: QuestionOutline;
}

/** The paths of every visible briefing, for its page and the share image beside it. */
export async function briefingRoutes() {
  const briefings = await getBriefings();
  return briefings.map((briefing) => ({
    params: { permalink: permalinkParam(briefing.permalink) },
    props: { briefing } satisfies BriefingProps,
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
    })),
  );
}
