import type { QuestionEvidence } from './lib/sources/coverage.ts';
import type { CitedSource } from './lib/sources/source-list.ts';

declare global {
  interface ImportMetaEnv {
    /** True in `astro dev` only: drafts show there and nowhere else, and pages carry no policy there. */
    readonly DEV_SERVER: boolean;
  }

  namespace App {
    interface Locals {
      /** The briefing being rendered's cited sources by id, for its citation chips. */
      citedSources?: ReadonlyMap<string, CitedSource>;
      /** The evidence under each answer by question id, for the evidence lines. */
      evidence?: ReadonlyMap<string, QuestionEvidence<CitedSource>>;
      /** The briefing being rendered's permalink, for the share links of its questions. */
      briefingPermalink?: string;
    }
  }
}
