/**
 * Fetches one cited page the way a polite reader's browser would, within limits: redirects
 * followed one by one (so each hop is reported), a timeout, and a cap on how much is read.
 */

/** Limits and manners for every request `npm run verify` makes. */
export interface FetchOptions {
  userAgent: string;
  /** Per request, redirects included. */
  timeoutMs: number;
  /** Bodies larger than this are not read. */
  maxBytes: number;
  maxRedirects: number;
}

/** What came back: an answer (after redirects), or why there was none. */
export type FetchResult =
  | {
      kind: 'answer';
      status: number;
      finalUrl: string;
      redirects: number;
      contentType: string;
      body?: string;
      reason?: string;
    }
  | {
      kind: 'error';
      reason: string;
      /** True when no network was reached at all (no DNS, no route). */ offline: boolean;
    };

/** Errors that say nothing about the page: this machine has no network. */
const OFFLINE_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);

function errorOf(error: unknown, timeoutMs: number): FetchResult {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return { kind: 'error', reason: `no answer within ${timeoutMs / 1000} s`, offline: false };
  }
  const code = cause?.code ?? '';
  const reason = cause?.message ?? (error instanceof Error ? error.message : String(error));
  return { kind: 'error', reason, offline: OFFLINE_CODES.has(code) };
}

/** Reads a body up to `maxBytes`, stopping (and cancelling the download) as soon as it is larger. */
async function readCapped(response: Response, maxBytes: number): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > maxBytes || !response.body) {
    await response.body?.cancel();
    return declared > maxBytes ? undefined : '';
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > maxBytes) {
      await response.body.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(chunk);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

const isRedirect = (status: number) => [301, 302, 303, 307, 308].includes(status);

/** Fetches `url`, following redirects by hand, within the options' limits. */
export async function fetchPage(url: string, options: FetchOptions): Promise<FetchResult> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  const headers = {
    'user-agent': options.userAgent,
    accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5',
  };
  try {
    let current = url;
    for (let redirects = 0; ; redirects++) {
      const response = await fetch(current, { headers, redirect: 'manual', signal });
      const location = response.headers.get('location');
      if (isRedirect(response.status) && location) {
        await response.body?.cancel();
        if (redirects >= options.maxRedirects)
          return { kind: 'error', reason: `more than ${options.maxRedirects} redirects`, offline: false };
        current = new URL(location, current).href;
        continue;
      }
      const contentType = (response.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      const answer = { kind: 'answer' as const, status: response.status, finalUrl: current, redirects, contentType };
      if (!response.ok) {
        await response.body?.cancel();
        return answer;
      }
      const body = await readCapped(response, options.maxBytes);
      if (body === undefined)
        return { ...answer, reason: `larger than ${Math.round(options.maxBytes / 1e6)} MB, not read` };
      return { ...answer, body };
    }
  } catch (error) {
    return errorOf(error, options.timeoutMs);
  }
}
