import { describe, expect, test } from 'vitest';
import {
  availabilityOf,
  parseSourceLock,
  serializeSourceLock,
  updateSourceLock,
} from '../../../src/lib/sources/source-lock.ts';

const ok = { status: 'ok' as const, checked: '2026-12-01', httpStatus: 200 };

describe('parseSourceLock', () => {
  test('reads a valid lock and names the field of an invalid one', () => {
    expect(
      parseSourceLock({ version: 1, sources: { 'https://a.example/': ok } }).sources['https://a.example/'],
    ).toEqual(ok);
    expect(() =>
      parseSourceLock({ version: 1, sources: { 'https://a.example/': { status: 'fine' } } }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: sources.lock.json is not a valid lock file: sources.https://a.example/.status: Invalid option: expected one of "ok"|"gone"|"failed"|"unchecked".]`,
    );
  });
});

describe('serializeSourceLock', () => {
  test('sorts URLs and ends with a newline, so the committed file diffs cleanly', () => {
    const text = serializeSourceLock({
      version: 1,
      sources: { 'https://b.example/': ok, 'https://a.example/': { status: 'unchecked' } },
    });
    expect(Object.keys(JSON.parse(text).sources)).toEqual(['https://a.example/', 'https://b.example/']);
    expect(text.endsWith('}\n')).toBe(true);
  });
});

describe('updateSourceLock', () => {
  test('a new result replaces the old one, but unchecked never replaces a real check', () => {
    const lock = {
      version: 1 as const,
      sources: { 'https://a.example/': ok, 'https://b.example/': { status: 'unchecked' as const } },
    };
    const results = new Map([
      ['https://a.example/', { status: 'unchecked' as const }],
      ['https://b.example/', { status: 'gone' as const, checked: '2026-12-03', httpStatus: 404 }],
    ]);
    expect(updateSourceLock(lock, results).sources).toEqual({
      'https://a.example/': ok,
      'https://b.example/': { status: 'gone', checked: '2026-12-03', httpStatus: 404 },
    });
  });

  test('drops URLs no briefing cites any more when told which are cited', () => {
    const lock = { version: 1 as const, sources: { 'https://a.example/': ok, 'https://old.example/': ok } };
    expect(Object.keys(updateSourceLock(lock, new Map(), new Set(['https://a.example/'])).sources)).toEqual([
      'https://a.example/',
    ]);
  });
});

describe('availabilityOf', () => {
  test('is unavailable only once a check found the page gone', () => {
    expect(availabilityOf({ status: 'gone', checked: '2026-12-03' })).toBe('unavailable');
    expect(availabilityOf(ok)).toBe('available');
    expect(availabilityOf({ status: 'failed', checked: '2026-12-03' })).toBe('unknown');
    expect(availabilityOf(undefined)).toBe('unknown');
  });
});
