/**
 * The rule sets a dossier can be handled under (DOMAIN.md §0.1). A dossier keeps the one in force
 * on the day it got its code. The clock and re-appointment rules are data here because the legal
 * texts were not at hand when they were written down ([GK] in DOMAIN.md §1.4–1.5): change the
 * table, not the code, when the texts are checked.
 */
import type { CalendarDate } from '@motcua/working-days';

export type RuleSet = 'ND61_TT01_2018' | 'ND118_TT03_2025';

export interface RuleSetTerms {
  ruleSet: RuleSet;
  /** First day dossiers are received under it. */
  effectiveFrom: CalendarDate;
  /** When the applicant answers a supplement request during processing: start over, or go on. */
  supplementAnswer: 'RESTART' | 'RESUME';
  /** How many apologies with a new appointment (Mẫu 04) one dossier may get. */
  maxApologies: number;
  /** Whether a stop notice (Mẫu 05 of Circular 03/2025) exists. */
  hasStopNotice: boolean;
}

export const RULE_SETS: readonly RuleSetTerms[] = [
  // Decree 61/2018, Circular 01/2018: restart from zero after a complete supplement (the option the
  // Thanh Hóa system marks "theo Nghị định"); one re-appointment only (Decree 107/2021 amendment).
  {
    ruleSet: 'ND61_TT01_2018',
    effectiveFrom: '2018-06-21',
    supplementAnswer: 'RESTART',
    maxApologies: 1,
    hasStopNotice: false,
  },
  // Decree 118/2025 in force from 1 July 2025 with the two-level local government.
  {
    ruleSet: 'ND118_TT03_2025',
    effectiveFrom: '2025-07-01',
    supplementAnswer: 'RESTART',
    maxApologies: 1,
    hasStopNotice: true,
  },
];

/** The rule set in force on a day (the latest that had started). */
export function ruleSetOn(day: CalendarDate): RuleSetTerms {
  const inForce = RULE_SETS.filter((terms) => terms.effectiveFrom <= day).at(-1);
  if (!inForce) throw new RangeError(`no rule set was in force on ${day}`);
  return inForce;
}

export function ruleSetTerms(ruleSet: RuleSet): RuleSetTerms {
  return RULE_SETS.find((terms) => terms.ruleSet === ruleSet)!;
}
