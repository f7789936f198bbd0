/**
 * Processing times (thời hạn giải quyết) and where their count starts and ends.
 *
 * - WORKING_DAY: counted "from the working day after reception of a complete dossier" (DOMAIN.md §10):
 *   the count opens at the first shift of the first working day after the effective reception day,
 *   and ends when the day's minutes × value are used up (3 days from Tuesday 07:30 → Thursday 17:30;
 *   0.5 day → the end of a morning shift).
 * - HOUR: working minutes from the reception moment itself; no cut-off, no next-day rule.
 * - CALENDAR_DAY ("ngày"): day 1 is the calendar day after the effective reception day; the due is the
 *   end of the last shift of day N, moved to the end of the next working day when day N is off.
 */
import {
  type CalendarDate,
  type WorkingCalendar,
  compileCalendar,
  isWorkingDayNumber,
  workingDayOnOrAfter,
  type CompiledCalendar,
} from './calendar.js';
import { addWorkingMs, endOfDayMs, startOfDayMs } from './minutes.js';
import { MS_PER_MINUTE, dayOfLocalMs, formatDayNumber, fromLocalMs, localMsAt, toLocalMs } from './local-time.js';

export type DurationUnit = 'WORKING_DAY' | 'CALENDAR_DAY' | 'HOUR';

/** Working days may come in halves (2.5); hours and calendar days as given. */
export interface Duration {
  value: number;
  unit: DurationUnit;
}

export const MINUTES_PER_HOUR = 60;

export function durationInWorkingMinutes(calendar: WorkingCalendar, duration: Duration): number {
  assertDuration(duration);
  switch (duration.unit) {
    case 'WORKING_DAY':
      return duration.value * compileCalendar(calendar).minutesPerDay;
    case 'HOUR':
      return duration.value * MINUTES_PER_HOUR;
    case 'CALENDAR_DAY':
      // A calendar day holds a varying number of working minutes (none on a Sunday), so it has no
      // fixed size in working time; its due comes from the calendar-day rule instead.
      throw new RangeError('CALENDAR_DAY is not a measure of working time; use addDuration for its due');
  }
}

export function assertDuration(duration: Duration): void {
  const { value, unit } = duration;
  if (unit !== 'WORKING_DAY' && unit !== 'HOUR' && unit !== 'CALENDAR_DAY') {
    throw new RangeError(`Unknown duration unit: ${String(unit)}`);
  }
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`A duration must be a finite number ≥ 0: ${value}`);
  if (unit === 'CALENDAR_DAY' && (!Number.isInteger(value) || value < 1)) {
    throw new RangeError(`Calendar days must be a whole number ≥ 1: ${value}`);
  }
}

/**
 * The local date on which a reception counts: its own date, or the next working day when it comes
 * on a day off or at/after the reception cut-off (15:00 by default), DOMAIN.md §1.4 and §10.
 */
export function effectiveReceptionDate(calendar: WorkingCalendar, receivedAt: Date): CalendarDate {
  return formatDayNumber(effectiveReceptionDay(compileCalendar(calendar), toLocalMs(receivedAt)));
}

function effectiveReceptionDay(compiled: CompiledCalendar, localMs: number): number {
  const day = dayOfLocalMs(localMs);
  const afterCutOff = localMs >= localMsAt(day, compiled.cutOff);
  if (isWorkingDayNumber(compiled, day) && !afterCutOff) return day;
  return workingDayOnOrAfter(compiled, day + 1);
}

/**
 * The first moment a count runs, for a dossier received (or a supplement completed) at `receivedAt`.
 * WORKING_DAY: first shift of the first working day after the effective reception day. HOUR: the
 * moment itself when inside a shift of a working day, else the start of the next shift.
 * CALENDAR_DAY: the first-shift time of the calendar day after the effective reception day (that day
 * may be a Sunday: calendar days run through weekends).
 */
export function clockStart(calendar: WorkingCalendar, receivedAt: Date, unit: DurationUnit): Date {
  const compiled = compileCalendar(calendar);
  const localMs = toLocalMs(receivedAt);
  switch (unit) {
    case 'WORKING_DAY':
      return fromLocalMs(
        startOfDayMs(compiled, workingDayOnOrAfter(compiled, effectiveReceptionDay(compiled, localMs) + 1)),
      );
    case 'CALENDAR_DAY':
      return fromLocalMs(startOfDayMs(compiled, effectiveReceptionDay(compiled, localMs) + 1));
    case 'HOUR':
      // The earliest instant from which one working millisecond can run: inside a shift it is the
      // moment itself, otherwise (lunch, evening, weekend, shift end) the next shift's start.
      return fromLocalMs(addWorkingMs(compiled, localMs, 1) - 1);
    default:
      throw new RangeError(`Unknown duration unit: ${String(unit)}`);
  }
}

/**
 * The due of a count that opened at `start` (as returned by clockStart). Working units add their
 * working minutes; calendar days end with the last shift of day N, day 1 being the date of `start`.
 */
export function addDuration(calendar: WorkingCalendar, start: Date, duration: Duration): Date {
  const compiled = compileCalendar(calendar);
  assertDuration(duration);
  if (duration.unit === 'CALENDAR_DAY') {
    return fromLocalMs(calendarDayDueMs(compiled, dayOfLocalMs(toLocalMs(start)) + duration.value - 1));
  }
  const minutes = durationInWorkingMinutes(calendar, duration);
  return fromLocalMs(addWorkingMs(compiled, toLocalMs(start), Math.round(minutes * MS_PER_MINUTE)));
}

/** The end of the last shift of `day`, or of the next working day when `day` is off. */
export function calendarDayDueMs(compiled: CompiledCalendar, day: number): number {
  return endOfDayMs(compiled, workingDayOnOrAfter(compiled, day));
}
