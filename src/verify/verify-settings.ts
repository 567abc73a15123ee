import type { FetchOptions } from './fetch-page.ts';

/** What the command line asks for. */
export interface VerifyArgs {
  files: string[];
  json: boolean;
  /** Skip URLs checked within this many days. */
  since?: number;
}

/** `[FILES…] [--json] [--since DAYS]`; anything else is an error that says what is accepted. */
export function parseVerifyArgs(argv: readonly string[]): VerifyArgs {
  const files: string[] = [];
  let json = false;
  let since: number | undefined;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    if (arg === '--json') json = true;
    else if (arg === '--since') {
      since = Number(argv[++index]);
      if (!Number.isInteger(since) || since < 0)
        throw new Error('--since takes a whole number of days, e.g. --since 30.');
    } else if (arg.startsWith('--')) throw new Error(`Unknown option ${arg}: use [FILES…] [--json] [--since DAYS].`);
    else files.push(arg);
  }
  return { files, json, ...(since !== undefined && { since }) };
}

/** A number from the environment, else the default. */
function numberFrom(value: string | undefined, fallback: number): number {
  const number = Number(value);
  return value && Number.isFinite(number) && number > 0 ? number : fallback;
}

/**
 * Fetch limits: 15 s a request (VERIFY_TIMEOUT_MS), 5 MB a page (VERIFY_MAX_BYTES), 10 redirects,
 * and a user agent that names the site, so a site owner can see who checks their page and why.
 */
export function verifyOptions(env: NodeJS.ProcessEnv, siteUrl: string): FetchOptions {
  return {
    userAgent: `BriefingSourceCheck/1.0 (+${siteUrl}; checks that cited quotes are still on the page)`,
    timeoutMs: numberFrom(env['VERIFY_TIMEOUT_MS'], 15_000),
    maxBytes: numberFrom(env['VERIFY_MAX_BYTES'], 5_000_000),
    maxRedirects: 10,
  };
}
