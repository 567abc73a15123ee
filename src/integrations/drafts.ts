import type { AstroIntegration } from 'astro';

/**
 * Tells the site whether drafts may show: in `astro dev` only. Vite's `import.meta.env.DEV`
 * follows NODE_ENV, so a build run with NODE_ENV=development (or vitest's `test`) would
 * publish drafts; the command that is running cannot be mistaken.
 */
export function draftVisibility(): AstroIntegration {
  return {
    name: 'briefing-drafts',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.SHOW_DRAFTS': JSON.stringify(command === 'dev') } } });
      },
    },
  };
}
