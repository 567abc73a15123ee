import type { CitationIndex, CitationRef } from './citations.ts';
import type { Question } from '../questions/questions.ts';

/** Text with its citations resolved: plain runs and the chips that follow claims. */
export type ResolvedText = ({ text: string } | { cite: CitationRef[] })[];

/** A question with the sources its answer cites, by id, in the order the answer first cites them, and its first sentence. */
export interface QuestionOutline extends Question {
  sources: string[];
  /** The answer's first sentence as plain text (citations removed), for the question's link preview. */
  firstSentence: string;
}

/**
 * What the Markdown pipeline learns about a briefing while rendering it, handed to the
 * layout through the rendered entry's frontmatter: numbered citations, key points ready
 * to render, and the questions for "In this briefing" with the evidence under each answer.
 */
export interface BriefingOutline {
  keyPoints: ResolvedText[];
  citations: CitationIndex;
  questions: QuestionOutline[];
}
