import type { AstroIntegration } from 'astro';

/**
 * Tells the site whether it runs in `astro dev` (`import.meta.env.DEV_SERVER`): drafts show
 * there only, and the page policy is left out there (Vite's dev server injects inline styles).
 * Vite's `import.meta.env.DEV` follows NODE_ENV, so a build run with NODE_ENV=development (or
 * vitest's `test`) would publish drafts without a policy; the command that is running cannot
 * be mistaken.
 */
export function devServerFlag(): AstroIntegration {
  return {
    name: 'briefing-dev-server-flag',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.DEV_SERVER': JSON.stringify(command === 'dev') } } });
      },
    },
  };
}
