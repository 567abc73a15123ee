import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkUrl, type CheckOptions } from '../../../src/verify/check-source.ts';
import { createRobotsGate } from '../../../src/verify/robots.ts';
import { verifyUrls } from '../../../src/verify/run-verify.ts';
import { QUOTE, startSourceServer } from '../../support/source-server.ts';

let server: Awaited<ReturnType<typeof startSourceServer>>;
let options: CheckOptions;
const today = new Date('2026-12-03T12:00:00Z');

beforeAll(async () => {
  server = await startSourceServer(5530);
  const fetchOptions = { userAgent: 'BriefingSourceCheck/test', timeoutMs: 1000, maxBytes: 1_000_000, maxRedirects: 5 };
  options = { ...fetchOptions, allowedByRobots: createRobotsGate(fetchOptions), today, locale: 'en' };
});
afterAll(() => server.close());

const check = async (path: string, quotes = [QUOTE]) =>
  (await checkUrl(`${server.origin}${path}`, quotes, options)).entry;

describe('checkUrl', () => {
  test('a page that answers 200 with the quote verbatim: ok, found, and its link lands', async () => {
    expect(await check('/ok')).toMatchObject({
      status: 'ok',
      checked: '2026-12-03',
      httpStatus: 200,
      contentType: 'text/html',
      contentHash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
      quotes: { [QUOTE]: { found: true, lands: true } },
    });
  });

  test('redirects (301 then 302) are followed and reported with the final URL', async () => {
    const entry = await check('/moved');
    expect(entry).toMatchObject({ status: 'ok', httpStatus: 200, finalUrl: `${server.origin}/ok`, redirects: 2 });
    expect(entry.quotes?.[QUOTE]?.found).toBe(true);
  });

  test('404 and 410 mean the page is gone', async () => {
    expect(await check('/missing')).toMatchObject({ status: 'gone', httpStatus: 404 });
    expect(await check('/gone')).toMatchObject({ status: 'gone', httpStatus: 410 });
  });

  test('a 500 is a failed check, not a gone page', async () => {
    expect(await check('/broken')).toEqual({
      status: 'failed',
      checked: '2026-12-03',
      httpStatus: 500,
      contentType: 'text/html',
      reason: 'HTTP 500',
    });
  });

  test('a page that never answers fails after the timeout', async () => {
    expect(await check('/slow')).toEqual({ status: 'failed', checked: '2026-12-03', reason: 'no answer within 1 s' });
  });

  test('a 50 MB body is not read past the size cap', async () => {
    const started = Date.now();
    expect(await check('/huge')).toMatchObject({
      status: 'failed',
      httpStatus: 200,
      reason: 'larger than 1 MB, not read',
    });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  test('a PDF answers, but its quote is not checked', async () => {
    const entry = await check('/paper.pdf');
    expect(entry).toMatchObject({
      status: 'ok',
      contentType: 'application/pdf',
      reason: 'not HTML (application/pdf): quotes not checked',
    });
    expect(entry).not.toHaveProperty('quotes');
  });

  test('a quote that differs by curly quotes, a dash and a line break is found, but its link would not land', async () => {
    expect((await check('/curly')).quotes).toEqual({ [QUOTE]: { found: true, lands: false } });
  });

  test('a quote that is gone is reported with the closest passage', async () => {
    expect((await check('/changed')).quotes).toEqual({
      [QUOTE]: {
        found: false,
        lands: false,
        closest: 'We are moving our deep learning framework to JAX, a fast tool for research. More',
      },
    });
  });

  test('a path robots.txt disallows is not fetched', async () => {
    expect(await check('/private')).toEqual({
      status: 'failed',
      checked: '2026-12-03',
      reason: 'robots.txt asks us not to fetch it',
    });
  });

  test('a redirect loop stops after the limit', async () => {
    expect(await check('/loop')).toEqual({ status: 'failed', checked: '2026-12-03', reason: 'more than 5 redirects' });
  });

  test('every request names the checker in its user agent', () => {
    expect(new Set(server.userAgents)).toEqual(new Set(['BriefingSourceCheck/test']));
  });
});

describe('verifyUrls', () => {
  test('with no network at all, every URL stays unchecked and the run says it was offline', async () => {
    const run = await verifyUrls(new Map([['https://no-such-host.invalid/page', []]]), options);
    expect(run.offline).toBe(true);
    expect(run.results.get('https://no-such-host.invalid/page')).toMatchObject({ status: 'unchecked' });
  });

  test('where other sites answer, a host that cannot be found is a failed check', async () => {
    const run = await verifyUrls(
      new Map([
        ['https://no-such-host.invalid/page', []],
        [`${server.origin}/ok`, [QUOTE]],
      ]),
      options,
    );
    expect(run.offline).toBe(false);
    expect(run.results.get('https://no-such-host.invalid/page')).toMatchObject({
      status: 'failed',
      checked: '2026-12-03',
    });
    expect(run.results.get(`${server.origin}/ok`)).toMatchObject({ status: 'ok' });
  });
});
