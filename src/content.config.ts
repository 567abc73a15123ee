import { statSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { BRIEFING_FILES, briefingEntryId } from './lib/content/briefing-files.ts';
import { briefingSchema } from './lib/content/briefing-schema.ts';
import { orderedByPath } from './lib/content/ordered-watcher.ts';
import { buildSettings } from './site.config.ts';

export type { BriefingData, SourceData } from './lib/content/briefing-schema.ts';

/** A file's modification time and size: what tells one save from the next. */
function fileVersion(path: string): string | undefined {
  const stats = statSync(path, { throwIfNoEntry: false });
  return stats && `${stats.mtimeMs}:${stats.size}`;
}

/**
 * `loader`, seeing each file's saves in order and none missed (see orderedByPath); 60 ms is past
 * the 50 ms in which the watcher reports no second change of a file.
 */
function everySaveInOrder(loader: Loader): Loader {
  const order = { version: fileVersion, settleMs: 60 };
  return {
    ...loader,
    load: (context) =>
      loader.load({ ...context, ...(context.watcher && { watcher: orderedByPath(context.watcher, order) }) }),
  };
}

export const collections = {
  briefings: defineCollection({
    loader: everySaveInOrder(
      glob({
        pattern: BRIEFING_FILES,
        base: `${buildSettings(process.env).contentDir}/briefings`,
        // Astro's default id is the `slug:` field when set, so two briefings with the same slug on
        // different days would overwrite each other; the file path is unique.
        generateId: ({ entry }) => briefingEntryId(entry),
      }),
    ),
    // The content model, documented field by field: src/lib/content/briefing-schema.ts.
    schema: briefingSchema,
  }),
};
