declare namespace App {
  interface Locals {
    /** The briefing being rendered's cited sources by id, for its citation chips. */
    citedSources?: ReadonlyMap<string, import('./lib/source-list').CitedSource>;
    /** The evidence under each answer by question id, for the evidence lines. */
    evidence?: ReadonlyMap<string, import('./lib/coverage').QuestionEvidence<import('./lib/source-list').CitedSource>>;
  }
}
