import AnswerBody from '../components/AnswerBody.astro';
import { answerSections, answerSources, type AnswerSection } from '../lib/questions/answer-sections.ts';
import { memoizeBy } from '../lib/site/memoize.ts';
import type { CitedSource } from '../lib/sources/source-list.ts';
import { renderBriefing, type Briefing } from './briefings.ts';
import { renderToHtml } from './container.ts';
import { briefingLocals } from './sources.ts';

/** What a question's page shows of its answer. */
export interface QuestionAnswer {
  /** The answer's section as the briefing's page renders it, less its heading. */
  html: string;
  /** The sources it cites, with their numbers on the briefing's page, each linking back to this answer's chips. */
  sources: CitedSource[];
  /** How many sources the briefing cites in all. */
  briefingSources: number;
}

/**
 * A briefing's body rendered once, as its page renders it, and cut into its answers; every
 * question's page of it shares the work. Astro renders a briefing's question pages one after
 * another, a few pages at a time, so the last few briefings are all that need keeping.
 */
const answersOf = memoizeBy(
  (briefing: Briefing) => briefing.permalink,
  async (briefing) => {
    const { Content, outline } = await renderBriefing(briefing.entry);
    const { cited, locals } = briefingLocals(briefing.entry.data.sources, outline);
    const html = await renderToHtml(AnswerBody, {
      props: { Content },
      locals: { ...locals, briefingPermalink: briefing.permalink },
    });
    return { sections: answerSections(html), cited };
  },
  16,
);

/** The answer to one question of a briefing, ready for the question's page. */
export async function getQuestionAnswer(briefing: Briefing, questionId: string): Promise<QuestionAnswer> {
  const { sections, cited } = await answersOf(briefing);
  const section: AnswerSection | undefined = sections.get(questionId);
  if (!section) throw new Error(`The body of ${briefing.permalink} has no answer to the question "${questionId}".`);
  return { html: section.html, sources: answerSources(cited, section), briefingSources: cited.length };
}
