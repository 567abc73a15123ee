import { describe, expect, test } from 'vitest';
import { checkCorrections, listCorrections, logCorrections } from '../../../src/lib/content/corrections.ts';

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

describe('logCorrections', () => {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const briefings = [
    {
      title: 'Newer briefing',
      href: '/briefings/2026/05/23/newer/',
      corrections: [
        { date: day('2026-05-30'), note: 'Second fix.' },
        { date: day('2026-05-24'), note: 'First fix.' },
      ],
    },
    { title: 'Uncorrected', href: '/briefings/2026/04/01/fine/', corrections: [] },
    { title: 'Older briefing', href: '/briefings/2026/01/02/older/', corrections: [{ date: day('2026-05-25'), note: 'Fix.' }] },
  ];

  test('lists every correction of every briefing, newest first', () => {
    expect(logCorrections(briefings, 'en').map(({ iso, title }) => `${iso} ${title}`)).toEqual([
      '2026-05-30 Newer briefing',
      '2026-05-25 Older briefing',
      '2026-05-24 Newer briefing',
    ]);
  });

  test('links each to its own place in its briefing, counted in the order the corrections were made', () => {
    expect(logCorrections(briefings, 'en').map(({ href }) => href)).toEqual([
      '/briefings/2026/05/23/newer/#correction-2',
      '/briefings/2026/01/02/older/#correction-1',
      '/briefings/2026/05/23/newer/#correction-1',
    ]);
  });
});
