import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findingLines } from '../support/check-content.ts';
import { startSourceServer } from '../support/source-server.ts';

// The fixture briefing cites every case of the local server on this port (ours: 5500–5599).
const PORT = 5531;
let server: Awaited<ReturnType<typeof startSourceServer>>;
let contentDir = '';
let run: { status: number | null; stdout: string };

// Asynchronously: the fixture server answers from this process, which a synchronous spawn would block.
const verify = async (...args: string[]) => {
  const env = { ...process.env, CONTENT_DIR: contentDir, VERIFY_TIMEOUT_MS: '1000', VERIFY_MAX_BYTES: '1000000' };
  const { stdout } = await promisify(execFile)(process.execPath, ['scripts/verify.ts', ...args], {
    encoding: 'utf8',
    env,
  });
  return { status: 0, stdout };
};

beforeAll(async () => {
  server = await startSourceServer(PORT);
  contentDir = mkdtempSync(join(tmpdir(), 'briefing-verify-'));
  cpSync('tests/fixtures/verify-sources', contentDir, { recursive: true });
  run = await verify();
}, 60_000);
afterAll(() => server.close());

const lock = () =>
  JSON.parse(readFileSync(join(contentDir, 'sources.lock.json'), 'utf8')) as {
    sources: Record<string, { status: string }>;
  };

describe('npm run verify', () => {
  test('prints one line per URL and a summary that counts each outcome', () => {
    const lines = run.stdout.trim().split('\n');
    expect(
      lines
        .map((line) => line.split(/\s+/)[0])
        .slice(0, -1)
        .sort(),
    ).toEqual(
      ['failed', 'failed', 'failed', 'failed', 'gone', 'gone', 'link', 'not', 'ok', 'quote', 'redirected'].sort(),
    );
    expect(lines.at(-1)).toBe(
      `11 URLs: 4 failed, 2 gone, 1 ok, 1 redirected, 1 not read, 1 link misses, 1 quote missing. Wrote ${join(contentDir, 'sources.lock.json')}.`,
    );
    expect(run.status).toBe(0);
  });

  test('records every cited URL and archived copy in the lock file', () => {
    const statuses = Object.fromEntries(
      Object.entries(lock().sources).map(([url, entry]) => [url.replace(server.origin, ''), entry.status]),
    );
    expect(statuses).toEqual({
      '/broken': 'failed',
      '/changed': 'ok',
      '/curly': 'ok',
      '/gone': 'gone',
      '/huge': 'failed',
      '/missing': 'gone',
      '/moved': 'ok',
      '/ok': 'ok',
      '/paper.pdf': 'ok',
      '/private': 'failed',
      '/slow': 'failed',
    });
  });

  test('--since skips URLs checked within that many days, and --json reports counts', async () => {
    const again = JSON.parse((await verify('--since', '30', '--json')).stdout) as {
      checked: number;
      skipped: number;
      offline: boolean;
    };
    expect(again).toMatchObject({ checked: 0, skipped: 11, offline: false });
  });

  test('npm run check then warns about what the run found, at each source', () => {
    const check = spawnSync(process.execPath, ['scripts/check-content.ts', contentDir], { encoding: 'utf8' });
    const warnings = findingLines(check.stdout, 'warning')
      .map((line) => line.replace(/^.*?\.mdx:\d+:\d+ {2}warning {2}/, ''))
      .filter((line) => !line.includes('rests on a single source'));
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Source "missing" is gone \(HTTP 404 on \d{4}-\d\d-\d\d\) and has no archived copy\.$/),
        expect.stringMatching(/^The last check of source "broken" failed on .*: HTTP 500\.$/),
        expect.stringMatching(/^The last check of source "slow" failed on .*: no answer within 1 s\.$/),
        expect.stringMatching(/^The last check of source "huge" failed on .*: larger than 1 MB, not read\.$/),
        expect.stringMatching(
          /^The last check of source "private" failed on .*: robots\.txt asks us not to fetch it\.$/,
        ),
        expect.stringMatching(/^The link to the quote of source "curly" would not land/),
        expect.stringMatching(
          /^The quote of source "changed" was not on its page on .*The closest passage is "We are moving/,
        ),
      ]),
    );
    expect(warnings).toHaveLength(7);
  });
});
