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

/** The id of one correction in its briefing's Corrections section, counted in the order they were made from 1. */
export function correctionId(index: number): string {
  return `correction-${index + 1}`;
}

/** A briefing's corrections as the site-wide log gathers them. */
export interface CorrectedBriefing {
  title: string;
  /** The briefing's address; each entry links to its correction there. */
  href: string;
  corrections: readonly Correction[];
}

/** One line of the site-wide Corrections log. */
export interface LoggedCorrection extends ShownCorrection {
  title: string;
  /** The correction's place in its briefing. */
  href: string;
}

/** Every correction of every briefing, newest first (ties: in the order the briefings were given). */
export function logCorrections(briefings: readonly CorrectedBriefing[], locale: string): LoggedCorrection[] {
  const entries = briefings.flatMap(({ title, href, corrections }) =>
    listCorrections(corrections, locale).map((shown, index) => ({
      ...shown,
      title,
      href: `${href}#${correctionId(index)}`,
    })),
  );
  return entries.sort((a, b) => b.iso.localeCompare(a.iso));
}
