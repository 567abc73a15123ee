import { getViteConfig } from 'astro/config';

/**
 * Components and layouts render through Astro's container API, which needs Astro's own Vite
 * setup (its compiler and virtual modules); unit and build tests run on plain Vite.
 */
export default getViteConfig({
  test: { include: ['tests/components/**/*.test.ts'], testTimeout: 120_000 },
});
