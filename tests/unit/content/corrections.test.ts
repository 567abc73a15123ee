import { describe, expect, test } from 'vitest';
import { checkCorrections, listCorrections } from '../../../src/lib/content/corrections.ts';

const published = new Date('2026-05-23');

describe('checkCorrections', () => {
  test('reports a correction dated before publication, at its frontmatter path', () => {
    const corrections = [
      { date: new Date('2026-05-23'), note: 'Same day is fine.' },
      { date: new Date('2025-05-24'), note: 'Mistyped year.' },
    ];
    expect(checkCorrections(published, corrections)).toEqual([
      {
        path: ['corrections', 1, 'date'],
        message:
          "Correction dated 2025-05-24 is before the briefing's date 2026-05-23; give the day the correction was made.",
      },
    ]);
  });
});

describe('listCorrections', () => {
  test('lists corrections oldest first with readable dates', () => {
    const corrections = [
      { date: new Date('2026-05-27'), note: 'Second.' },
      { date: new Date('2026-05-25'), note: 'First.' },
    ];
    expect(listCorrections(corrections, 'en')).toEqual([
      { iso: '2026-05-25', text: 'May 25, 2026', note: 'First.' },
      { iso: '2026-05-27', text: 'May 27, 2026', note: 'Second.' },
    ]);
  });
});
