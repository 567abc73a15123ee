import { createHash } from 'node:crypto';
import { fragmentLands } from '../lib/sources/fragment-landing.ts';
import { matchQuote } from '../lib/sources/quote-match.ts';
import type { LockEntry, QuoteResult } from '../lib/sources/source-lock.ts';
import { isoDay } from '../lib/site/dates.ts';
import { fetchPage, type FetchOptions, type FetchResult } from './fetch-page.ts';
import { extractPageText } from './page-text.ts';

/** What checking one URL needs: the fetch limits, robots.txt, today, and the site's language for text fragments. */
export interface CheckOptions extends FetchOptions {
  allowedByRobots: (url: string) => Promise<boolean>;
  today: Date;
  locale: string;
}

/** One URL's check, and whether it failed only because this machine has no network. */
export interface UrlCheck {
  entry: LockEntry;
  offline: boolean;
}

function quoteResults(text: string, quotes: readonly string[], locale: string): Record<string, QuoteResult> {
  return Object.fromEntries(
    quotes.map((quote) => {
      const { found, closest } = matchQuote(text, quote);
      return [quote, { found, lands: fragmentLands(text, quote, locale), ...(!found && closest && { closest }) }];
    }),
  );
}

function answered(
  url: string,
  result: Extract<FetchResult, { kind: 'answer' }>,
  quotes: readonly string[],
  options: CheckOptions,
): LockEntry {
  const { status, finalUrl, redirects, contentType } = result;
  const base = {
    checked: isoDay(options.today),
    httpStatus: status,
    ...(finalUrl !== url && { finalUrl }),
    ...(redirects && { redirects }),
    ...(contentType && { contentType }),
  };
  if (status === 404 || status === 410) return { status: 'gone', ...base };
  if (status < 200 || status > 299) return { status: 'failed', ...base, reason: `HTTP ${status}` };
  if (result.body === undefined) return { status: 'failed', ...base, reason: result.reason ?? 'no body' };
  const text = extractPageText(result.body, contentType);
  if (text === undefined) return { status: 'ok', ...base, reason: `not HTML (${contentType}): quotes not checked` };
  const contentHash = `sha256:${createHash('sha256').update(text).digest('hex')}`;
  return {
    status: 'ok',
    ...base,
    contentHash,
    ...(quotes.length && { quotes: quoteResults(text, quotes, options.locale) }),
  };
}

/** Checks one URL: robots.txt, then the page, then each quote on it. */
export async function checkUrl(url: string, quotes: readonly string[], options: CheckOptions): Promise<UrlCheck> {
  const checked = isoDay(options.today);
  if (!(await options.allowedByRobots(url))) {
    return { entry: { status: 'failed', checked, reason: 'robots.txt asks us not to fetch it' }, offline: false };
  }
  const result = await fetchPage(url, options);
  if (result.kind === 'answer') return { entry: answered(url, result, quotes, options), offline: false };
  if (result.offline) return { entry: { status: 'unchecked', reason: `no network: ${result.reason}` }, offline: true };
  return { entry: { status: 'failed', checked, reason: result.reason }, offline: false };
}
