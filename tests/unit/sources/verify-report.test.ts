import { describe, expect, test } from 'vitest';
import { formatResult, outcomeOf, summarizeResults } from '../../../src/lib/sources/verify-report.ts';
import type { LockEntry } from '../../../src/lib/sources/source-lock.ts';

const ok: LockEntry = { status: 'ok', checked: '2026-12-03', httpStatus: 200 };

describe('outcomeOf', () => {
  test('sums up a check by its most urgent finding', () => {
    expect(outcomeOf(ok)).toBe('ok');
    expect(outcomeOf({ ...ok, finalUrl: 'https://b.example/', redirects: 1 })).toBe('redirected');
    expect(outcomeOf({ ...ok, quotes: { q: { found: false, lands: false } } })).toBe('quote missing');
    expect(outcomeOf({ ...ok, quotes: { q: { found: true, lands: false } } })).toBe('link misses');
    expect(outcomeOf({ ...ok, reason: 'not HTML (application/pdf): quotes not checked' })).toBe('not read');
    expect(outcomeOf({ status: 'gone', checked: '2026-12-03', httpStatus: 410 })).toBe('gone');
  });
});

describe('formatResult and summarizeResults', () => {
  test('print one line per URL and a count of each outcome', () => {
    const results = new Map<string, LockEntry>([
      ['https://a.example/', { ...ok, finalUrl: 'https://b.example/', redirects: 2 }],
      ['https://c.example/', { status: 'failed', checked: '2026-12-03', httpStatus: 500, reason: 'HTTP 500' }],
      [
        'https://d.example/',
        { ...ok, quotes: { 'Gone words': { found: false, lands: false, closest: 'Near words' } } },
      ],
    ]);
    expect([...results].map(([url, entry]) => formatResult(url, entry))).toMatchInlineSnapshot(`
      [
        "redirected    https://a.example/  (HTTP 200; → https://b.example/ (2 redirects))",
        "failed        https://c.example/  (HTTP 500)",
        "quote missing https://d.example/  (HTTP 200; quote "Gone words" not found; closest: "Near words")",
      ]
    `);
    expect(summarizeResults(results)).toBe('3 URLs: 1 redirected, 1 failed, 1 quote missing');
  });
});
