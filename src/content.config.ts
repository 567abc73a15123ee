import { defineCollection } from 'astro:content';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { SAVES_IN_ORDER } from './content-check/content-files.ts';
import { BRIEFING_FILES, briefingEntryId } from './lib/content/briefing-files.ts';
import { briefingSchema } from './lib/content/briefing-schema.ts';
import { withMethod } from './lib/content/method-view.ts';
import { orderedByPath } from './lib/content/ordered-watcher.ts';
import { buildSettings } from './site.config.ts';

export type { BriefingData, SourceData } from './lib/content/briefing-schema.ts';

/** `loader`, seeing each file's saves in order and none missed (see orderedByPath). */
function everySaveInOrder(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        ...(context.watcher && {
          watcher: orderedByPath(context.watcher, SAVES_IN_ORDER),
          logger: withoutSchemaReports(context.logger),
        }),
      }),
  };
}

/**
 * `logger` without Astro's report of a saved briefing its schema rejects ("title: Required"):
 * the content check has printed the same, at its line and in the words of the README, on that
 * save (it parses with the same schema).
 */
function withoutSchemaReports(logger: LoaderContext['logger']): LoaderContext['logger'] {
  const schemaReport = /^Failed to reload .*data does not match collection schema/s;
  return withMethod(logger, 'error', (message: string) => {
    if (!schemaReport.test(message)) logger.error(message);
  });
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
