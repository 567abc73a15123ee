import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { BRIEFING_FILES, briefingEntryId } from './lib/content/briefing-files.ts';
import { briefingSchema } from './lib/content/briefing-schema.ts';
import { buildSettings } from './site.config.ts';

export type { BriefingData, SourceData } from './lib/content/briefing-schema.ts';

export const collections = {
  briefings: defineCollection({
    loader: glob({
      pattern: BRIEFING_FILES,
      base: `${buildSettings(process.env).contentDir}/briefings`,
      // Astro's default id is the `slug:` field when set, so two briefings with the same slug on
      // different days would overwrite each other; the file path is unique.
      generateId: ({ entry }) => briefingEntryId(entry),
    }),
    // The content model, documented field by field: src/lib/content/briefing-schema.ts.
    schema: briefingSchema,
  }),
};
