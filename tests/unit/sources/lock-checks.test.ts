import { describe, expect, test } from 'vitest';
import { checkSourceLock, findArchiveCommand } from '../../../src/lib/sources/lock-checks.ts';
import type { LockEntry } from '../../../src/lib/sources/source-lock.ts';

const today = new Date('2026-12-03T12:00:00Z');
const FILE = 'content/briefings/2026/05/story.mdx';
const source = { id: 'post', url: 'https://a.example/post', quote: 'Quoted words' };

function check(
  entry: LockEntry | undefined,
  extra: Partial<typeof source & { archived: string }> = {},
  strict = false,
) {
  const sources = entry ? { [source.url]: entry } : {};
  return checkSourceLock([{ ...source, ...extra }], FILE, {
    lock: { version: 1, sources },
    today,
    maxAgeDays: 90,
    strict,
  }).map(({ path, severity, message, hint }) => `${path.join('.')} ${severity}: ${message} (${hint})`);
}

describe('checkSourceLock', () => {
  test('a source missing from the lock was never verified', () => {
    expect(check(undefined)).toMatchInlineSnapshot(`
      [
        "sources.0.url warning: Source "post" has never been verified. (run \`npm run verify -- content/briefings/2026/05/story.mdx\` to check its page and quote)",
      ]
    `);
  });

  test('an unchecked entry (a lock written offline) is quiet unless strict', () => {
    expect(check({ status: 'unchecked' })).toEqual([]);
    expect(check({ status: 'unchecked' }, {}, true)).toHaveLength(1);
  });

  test('a check older than the age limit is stale', () => {
    expect(check({ status: 'ok', checked: '2026-08-01' })).toMatchInlineSnapshot(`
      [
        "sources.0.url warning: Source "post" was last verified on 2026-08-01, 124 days ago. (run \`npm run verify -- content/briefings/2026/05/story.mdx\` to check it again)",
      ]
    `);
  });

  test('a failed check says why', () => {
    expect(check({ status: 'failed', checked: '2026-12-01', reason: 'HTTP 500' })[0]).toContain(
      'The last check of source "post" failed on 2026-12-01: HTTP 500.',
    );
  });

  test('a gone source without an archived copy names the command that finds one; with one, it is quiet', () => {
    const gone: LockEntry = { status: 'gone', checked: '2026-12-01', httpStatus: 404 };
    expect(check(gone)).toEqual([
      `sources.0.url warning: Source "post" is gone (HTTP 404 on 2026-12-01) and has no archived copy. (find one with \`${findArchiveCommand(source.url)}\` and add it as archived:, or cite another source)`,
    ]);
    expect(check(gone, { archived: 'https://web.archive.org/web/2026/https://a.example/post' })).toEqual([]);
  });

  test('a quote not on the page gives the closest passage; one whose link would not land says so', () => {
    const missing = check({
      status: 'ok',
      checked: '2026-12-01',
      quotes: { 'Quoted words': { found: false, lands: false, closest: 'Quoted word' } },
    });
    expect(missing[0]).toContain(
      'The quote of source "post" was not on its page on 2026-12-01. The closest passage is "Quoted word".',
    );
    const misses = check({
      status: 'ok',
      checked: '2026-12-01',
      quotes: { 'Quoted words': { found: true, lands: false } },
    });
    expect(misses[0]).toContain('would not land');
  });

  test('a fresh, passing check is quiet', () => {
    expect(
      check({ status: 'ok', checked: '2026-12-01', quotes: { 'Quoted words': { found: true, lands: true } } }),
    ).toEqual([]);
  });
});
