import { globSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, HookParameters } from 'astro';
import { headerPolicy } from '../lib/site/security-policy.ts';

type BuildDone = Pick<HookParameters<'astro:build:done'>, 'dir' | 'logger'>;

const META_POLICY = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;
const HEADER_LINE = /^(\s*Content-Security-Policy:).*$/m;

/** Each built page's own policy, as Astro wrote it into its `<meta>`. */
function pagePolicies(site: string): string[] {
  return globSync('**/*.html', { cwd: site }).flatMap((file) => {
    const policy = META_POLICY.exec(readFileSync(join(site, file), 'utf8'))?.[1];
    return policy ? [policy.replaceAll('&#39;', "'").replaceAll('&quot;', '"')] : [];
  });
}

/** Writes the pages' policy, with what only a header can add, into `dir/_headers`. */
export function writeSecurityHeaders({ dir, logger }: BuildDone): void {
  const site = fileURLToPath(dir);
  const file = join(site, '_headers');
  const policy = headerPolicy(pagePolicies(site));
  writeFileSync(file, readFileSync(file, 'utf8').replace(HEADER_LINE, `$1 ${policy}`));
  logger.info('_headers carries the pages’ Content-Security-Policy.');
}

/**
 * After the build, gives `_headers` (read by Netlify and Cloudflare Pages) the same policy as
 * the pages, hashes included, plus `frame-ancestors`, which a `<meta>` policy cannot set.
 */
export function securityHeaders(): AstroIntegration {
  return { name: 'briefing:security-headers', hooks: { 'astro:build:done': writeSecurityHeaders } };
}
