import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headerPolicy } from '../lib/site/security-policy.ts';

const HEADER_LINE = /^(\s*Content-Security-Policy:).*$/m;

/**
 * After the build, gives `_headers` (read by Netlify and Cloudflare Pages) the pages' policy
 * plus `frame-ancestors`, which a `<meta>` policy cannot set.
 */
export function securityHeaders(signupEndpoint: string | undefined): AstroIntegration {
  return {
    name: 'briefing:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const file = join(fileURLToPath(dir), '_headers');
        const policy = headerPolicy(signupEndpoint);
        writeFileSync(file, readFileSync(file, 'utf8').replace(HEADER_LINE, `$1 ${policy}`));
        logger.info('_headers carries the pages’ Content-Security-Policy.');
      },
    },
  };
}
