import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  briefings: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: `${process.env['CONTENT_DIR'] || 'content'}/briefings` }),
    schema: z.looseObject({ title: z.string() }),
  }),
};
