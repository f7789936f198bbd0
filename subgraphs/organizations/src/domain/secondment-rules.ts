/**
 * The decree's rules for seconding officials to a one-stop counter (DOMAIN.md §4.2), as pure checks
 * that return the first problem with the field it concerns. The term bounds (6–24 months a round)
 * come from general knowledge, not a confirmed text, so they are configuration, not constants
 * buried in code.
 */
import { addDays, addMonths, format, parseISO } from 'date-fns';
import { isCalendarDate, periodsOverlap, vietnamToday } from './calendar-date.js';

export interface SecondmentPolicy {
  minTermMonths: number;
  maxTermMonths: number;
  minYearsOfService: number;
  /** A secondment ending within this many days is flagged to the manager. */
  endingSoonDays: number;
}

export const DEFAULT_POLICY: SecondmentPolicy = {
  minTermMonths: 6,
  maxTermMonths: 24,
  minYearsOfService: 3,
  endingSoonDays: 30,
};

export interface Problem {
  field: string;
  message: string;
  /** The input is fine on its own but clashes with what is already recorded. */
  conflict?: boolean;
}

export interface Period {
  startsOn: string;
  endsOn: string;
}

export interface ProposedSecondment extends Period {
  fields: string[];
  official: { yearsOfService: number };
  counter: { fields: string[] };
  /** The official's other secondments that have not been cancelled. */
  otherSecondments: Period[];
}

/** The last day of a term of `months` months starting on `startsOn` (a 6-month term from 1 Jan ends 30 Jun). */
function lastDayAfterMonths(startsOn: string, months: number): string {
  return format(addDays(addMonths(parseISO(startsOn), months), -1), 'yyyy-MM-dd');
}

export function secondmentProblem(
  proposal: ProposedSecondment,
  policy: SecondmentPolicy = DEFAULT_POLICY,
): Problem | null {
  if (!isCalendarDate(proposal.startsOn))
    return {
      field: 'startsOn',
      message: 'Ngày bắt đầu không hợp lệ (YYYY-MM-DD). / The start date is not a valid YYYY-MM-DD date.',
    };
  if (!isCalendarDate(proposal.endsOn))
    return {
      field: 'endsOn',
      message: 'Ngày kết thúc không hợp lệ (YYYY-MM-DD). / The end date is not a valid YYYY-MM-DD date.',
    };
  if (proposal.endsOn < proposal.startsOn)
    return {
      field: 'endsOn',
      message: 'Ngày kết thúc phải sau ngày bắt đầu. / The end date must not be before the start date.',
    };

  const shortest = lastDayAfterMonths(proposal.startsOn, policy.minTermMonths);
  const longest = lastDayAfterMonths(proposal.startsOn, policy.maxTermMonths);
  if (proposal.endsOn < shortest || proposal.endsOn > longest) {
    return {
      field: 'endsOn',
      message: `Mỗi đợt cử từ ${policy.minTermMonths} đến ${policy.maxTermMonths} tháng: ngày kết thúc trong khoảng ${shortest} – ${longest}. / A secondment lasts ${policy.minTermMonths} to ${policy.maxTermMonths} months: the end date must fall between ${shortest} and ${longest}.`,
    };
  }
  if (proposal.official.yearsOfService < policy.minYearsOfService) {
    return {
      field: 'officialId',
      message: `Cán bộ cần ít nhất ${policy.minYearsOfService} năm công tác (hiện có ${proposal.official.yearsOfService}). / The official needs at least ${policy.minYearsOfService} years of service (has ${proposal.official.yearsOfService}).`,
    };
  }
  if (proposal.fields.length === 0)
    return { field: 'fields', message: 'Chọn ít nhất một lĩnh vực. / Choose at least one field.' };
  const unknown = proposal.fields.filter((field) => !proposal.counter.fields.includes(field));
  if (unknown.length > 0) {
    return {
      field: 'fields',
      message: `Quầy này không tiếp nhận lĩnh vực: ${unknown.join(', ')}. / This counter does not receive: ${unknown.join(', ')}.`,
    };
  }
  const clash = proposal.otherSecondments.find((other) => periodsOverlap(proposal, other));
  if (clash) {
    return {
      field: 'startsOn',
      conflict: true,
      message: `Cán bộ đã được cử từ ${clash.startsOn} đến ${clash.endsOn}; hai đợt không được trùng nhau. / The official is already seconded from ${clash.startsOn} to ${clash.endsOn}; secondments cannot overlap.`,
    };
  }
  return null;
}

export function earlyEndProblem(
  current: Period & { endReason: string | null },
  endsOn: string,
  reason: string,
): Problem | null {
  if (current.endReason !== null)
    return {
      field: 'secondmentId',
      message: 'Đợt cử này đã kết thúc sớm. / This secondment has already been ended early.',
    };
  if (!isCalendarDate(endsOn))
    return {
      field: 'endsOn',
      message: 'Ngày kết thúc không hợp lệ (YYYY-MM-DD). / The end date is not a valid YYYY-MM-DD date.',
    };
  if (endsOn < current.startsOn || endsOn > current.endsOn) {
    return {
      field: 'endsOn',
      message: `Ngày kết thúc mới phải trong khoảng ${current.startsOn} – ${current.endsOn}. / The new end date must fall between ${current.startsOn} and ${current.endsOn}.`,
    };
  }
  if (reason.trim().length === 0)
    return { field: 'reason', message: 'Hãy ghi lý do kết thúc sớm. / Give the reason for ending early.' };
  return null;
}

export type SecondmentStatus = 'UPCOMING' | 'ACTIVE' | 'ENDED';

export function secondmentStatus(period: Period, today: string): SecondmentStatus {
  if (today < period.startsOn) return 'UPCOMING';
  if (today > period.endsOn) return 'ENDED';
  return 'ACTIVE';
}

export function isEndingSoon(period: Period, today: string, policy: SecondmentPolicy = DEFAULT_POLICY): boolean {
  const horizon = format(addDays(parseISO(today), policy.endingSoonDays), 'yyyy-MM-dd');
  return secondmentStatus(period, today) === 'ACTIVE' && period.endsOn <= horizon;
}

/** Counter fields no active secondment covers on `today`. */
export function uncoveredFields(
  counterFields: string[],
  secondmentsAtCounter: (Period & { fields: string[] })[],
  today: string,
): string[] {
  const covered = new Set(
    secondmentsAtCounter
      .filter((secondment) => secondmentStatus(secondment, today) === 'ACTIVE')
      .flatMap((secondment) => secondment.fields),
  );
  return counterFields.filter((field) => !covered.has(field));
}

export { vietnamToday };
