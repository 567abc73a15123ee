declare namespace App {
  interface Locals {
    /** The briefing being rendered's cited sources by id, for its citation chips. */
    citedSources?: ReadonlyMap<string, import('./lib/source-list').CitedSource>;
    /** The briefing being rendered's permalink, for the share links of its questions. */
    briefingPermalink?: string;
  }
}
