import { formatDay, isoDay } from '../site/dates.ts';

/** The id of a briefing's Corrections section, which its "Corrected" marker links to. */
export const CORRECTIONS_ID = 'corrections';

/** A correction as written in frontmatter: the day it was made and what changed. */
export interface Correction {
  date: Date;
  note: string;
}

/** A correction as readers see it. */
export interface ShownCorrection {
  iso: string;
  text: string;
  note: string;
}

/** A problem with a correction, located by its frontmatter path. */
export interface CorrectionProblem {
  path: (string | number)[];
  message: string;
}

/** Corrections dated before the briefing was published, which cannot be: usually a mistyped year or month. */
export function checkCorrections(published: Date, corrections: readonly Correction[]): CorrectionProblem[] {
  return corrections.flatMap(({ date }, index) =>
    date < published
      ? [
          {
            path: ['corrections', index, 'date'],
            message: `Correction dated ${isoDay(date)} is before the briefing's date ${isoDay(published)}; give the day the correction was made.`,
          },
        ]
      : [],
  );
}

/** Corrections in the order they were made, with their dates as readers see them. */
export function listCorrections(corrections: readonly Correction[], locale: string): ShownCorrection[] {
  return [...corrections]
    .sort((a, b) => a.date.getTime() - b.date.getTime())
    .map(({ date, note }) => ({ iso: isoDay(date), text: formatDay(date, locale), note }));
}
