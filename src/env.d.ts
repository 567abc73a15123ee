import type { CitedSource } from './lib/source-list';

declare global {
  namespace App {
    interface Locals {
      /** The briefing being rendered's cited sources by id, for its citation chips. */
      citedSources?: ReadonlyMap<string, CitedSource>;
    }
  }
}
