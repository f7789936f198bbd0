import { lastDayOfTerm } from '../dates/isoDates';

// The decree's term bounds, mirrored from the API (which enforces them) so the form can say so
// before a round trip. Dates are ISO strings, which compare correctly as strings.
export const minTermMonths = 6;
export const maxTermMonths = 24;

export type TermProblem = { kind: 'endBeforeStart' } | { kind: 'term'; shortest: string; longest: string } | null;

/** What is wrong with a start and end date, if anything. */
export function checkTerm(startsOn: string, endsOn: string): TermProblem {
  if (endsOn <= startsOn) return { kind: 'endBeforeStart' };
  const shortest = lastDayOfTerm(startsOn, minTermMonths);
  const longest = lastDayOfTerm(startsOn, maxTermMonths);
  if (endsOn < shortest || endsOn > longest) return { kind: 'term', shortest, longest };
  return null;
}

/** The usual round: twelve months from the start. */
export function defaultEndsOn(startsOn: string): string {
  return lastDayOfTerm(startsOn, 12);
}
