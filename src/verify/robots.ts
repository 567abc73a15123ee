import robotsParser from 'robots-parser';
import { fetchPage, type FetchOptions } from './fetch-page.ts';

/**
 * Whether robots.txt lets our user agent fetch a URL. One robots.txt per origin is read once a run;
 * a site without one (or whose robots.txt cannot be read) allows everything, as crawlers agree.
 */
export function createRobotsGate(options: FetchOptions) {
  const byOrigin = new Map<string, Promise<ReturnType<typeof robotsParser> | undefined>>();
  const robotsOf = (origin: string) => {
    const known = byOrigin.get(origin);
    if (known) return known;
    const robotsUrl = `${origin}/robots.txt`;
    const loading = fetchPage(robotsUrl, { ...options, maxBytes: 500_000 }).then((result) =>
      result.kind === 'answer' && result.status === 200 && result.body !== undefined
        ? robotsParser(robotsUrl, result.body)
        : undefined,
    );
    byOrigin.set(origin, loading);
    return loading;
  };
  return async (url: string): Promise<boolean> => {
    const robots = await robotsOf(new URL(url).origin);
    return robots?.isAllowed(url, options.userAgent) ?? true;
  };
}
