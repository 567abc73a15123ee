import { describe, expect, test } from 'vitest';
import { briefingSchema } from '../../../src/lib/content/briefing-schema.ts';

const date = briefingSchema.shape.date;

describe('briefingSchema dates', () => {
  test('accept a day as text (the content check) or as a Date (Astro’s YAML parser)', () => {
    expect(date.parse('2026-05-23')).toEqual(new Date('2026-05-23T00:00:00Z'));
    expect(date.parse(new Date('2026-05-23T00:00:00Z'))).toEqual(new Date('2026-05-23T00:00:00Z'));
  });

  test.each(['2026-02-30', '2026-13-01', '2026-5-3', 'May 23, 2026', '2026-05-23T10:00:00Z'])(
    'reject %j, which is not a real day written YYYY-MM-DD',
    (text) => expect(date.safeParse(text).success).toBe(false),
  );
});
