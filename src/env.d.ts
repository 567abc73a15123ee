interface ImportMetaEnv {
  /** True in `astro dev` only: drafts show there and nowhere else. */
  readonly SHOW_DRAFTS: boolean;
}

declare namespace App {
  interface Locals {
    /** The briefing being rendered's cited sources by id, for its citation chips. */
    citedSources?: ReadonlyMap<string, import('./lib/source-list').CitedSource>;
  }
}
