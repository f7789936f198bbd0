/**
 * The working calendar of a one-stop centre: which weekdays work, the shifts of a working day, the
 * afternoon reception cut-off, and the exceptions an administrator enters each year (public holidays
 * and the make-up Saturdays the government swaps for a day off next to a holiday, DOMAIN.md §10).
 *
 * Everything here is data so that a centre with other hours, or a year with other swaps, needs no
 * code change. The arithmetic reads a compiled form of the calendar, cached per calendar object.
 */
import {
  type CalendarDate,
  type ClockTime,
  dayNumberOf,
  formatDayNumber,
  isoWeekdayOfDay,
  parseCalendarDate,
  parseClockTime,
} from './local-time.js';

export type { CalendarDate, ClockTime } from './local-time.js';

export interface Shift {
  start: ClockTime;
  end: ClockTime;
}

export type CalendarExceptionKind = 'DAY_OFF' | 'WORKING_DAY';

export interface CalendarException {
  date: CalendarDate;
  kind: CalendarExceptionKind;
  name: string;
}

export interface WorkingCalendar {
  /** ISO weekdays: 1 = Monday … 7 = Sunday. */
  workingWeekdays: readonly number[];
  /** Ordered, non-overlapping shifts of every working day. */
  shifts: readonly Shift[];
  /** Receptions at or after this local time count as received on the next working day. */
  receptionCutOff: ClockTime;
  /** Holidays on working weekdays (DAY_OFF) and make-up days on weekends (WORKING_DAY). */
  exceptions: readonly CalendarException[];
}

/**
 * Monday to Friday, 07:30–11:30 and 13:30–17:30 (8 hours, the "8 h = 1 working day" of the systems
 * in use, DOMAIN.md §1.4), reception cut-off 15:00 (seen in practice, [P]). A centre edits a copy;
 * the defaults themselves are frozen, being shared by every calendar built from them.
 */
export const DEFAULT_CALENDAR_SETTINGS: Omit<WorkingCalendar, 'exceptions'> = Object.freeze({
  workingWeekdays: Object.freeze([1, 2, 3, 4, 5]),
  shifts: Object.freeze([
    Object.freeze({ start: '07:30', end: '11:30' }),
    Object.freeze({ start: '13:30', end: '17:30' }),
  ]),
  receptionCutOff: '15:00',
});

/**
 * The longest run of days without work the arithmetic will search through before deciding that the
 * calendar has no working day left (a calendar with no working weekdays, say). No real year comes
 * close: the longest civil-service break is the nine days of Tết.
 */
export const MAX_DAYS_WITHOUT_WORK = 366;

export interface CalendarFault {
  path: string;
  message: string;
}

/** A calendar with such a fault cannot be computed with at all; the others are data to tidy. */
interface ClassifiedFault extends CalendarFault {
  blocking: boolean;
}

export class InvalidCalendarError extends Error {
  readonly faults: CalendarFault[];
  constructor(faults: CalendarFault[]) {
    super(`Invalid working calendar: ${faults.map((f) => `${f.path}: ${f.message}`).join('; ')}`);
    this.name = 'InvalidCalendarError';
    this.faults = faults;
  }
}

/** Everything wrong with a calendar, for the administrator's form: bad values first, then odd data. */
export function findCalendarFaults(calendar: WorkingCalendar): CalendarFault[] {
  return classifyFaults(calendar).map(({ path, message }) => ({ path, message }));
}

function classifyFaults(calendar: WorkingCalendar): ClassifiedFault[] {
  const faults: ClassifiedFault[] = [];
  const fault = (path: string, message: string, blocking: boolean) => faults.push({ path, message, blocking });

  const weekdays = calendar.workingWeekdays ?? [];
  if (weekdays.length === 0) {
    fault('workingWeekdays', 'Cần ít nhất một ngày làm việc trong tuần. / At least one working weekday.', false);
  }
  weekdays.forEach((weekday, i) => {
    if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) {
      fault(
        `workingWeekdays[${i}]`,
        `Thứ phải từ 1 (thứ Hai) đến 7 (Chủ nhật). / ISO weekday 1–7, got ${weekday}.`,
        true,
      );
    } else if (weekdays.indexOf(weekday) !== i) {
      fault(`workingWeekdays[${i}]`, `Ngày ${weekday} bị lặp. / Weekday ${weekday} is listed twice.`, false);
    }
  });

  const shifts = calendar.shifts ?? [];
  if (shifts.length === 0) {
    fault('shifts', 'Cần ít nhất một ca làm việc. / At least one shift.', true);
  }
  let previousEnd: number | null = null;
  shifts.forEach((shift, i) => {
    const start = parseClockTime(shift.start);
    const end = parseClockTime(shift.end);
    if (start === null) fault(`shifts[${i}].start`, badTime(shift.start), true);
    if (end === null) fault(`shifts[${i}].end`, badTime(shift.end), true);
    if (start === null || end === null) {
      previousEnd = null;
      return;
    }
    if (start >= end) {
      fault(`shifts[${i}].end`, 'Giờ kết thúc phải sau giờ bắt đầu. / A shift must end after it starts.', true);
    }
    if (previousEnd !== null && start < previousEnd) {
      fault(
        `shifts[${i}].start`,
        'Các ca phải theo thứ tự và không chồng lên nhau. / Shifts must be in order and must not overlap.',
        true,
      );
    }
    previousEnd = end;
  });

  if (parseClockTime(calendar.receptionCutOff) === null) {
    fault('receptionCutOff', badTime(calendar.receptionCutOff), true);
  }

  const workingWeekday = new Set(weekdays);
  const seen = new Map<number, { index: number; kind: string }>();
  (calendar.exceptions ?? []).forEach((exception, i) => {
    const path = `exceptions[${i}]`;
    const day = parseCalendarDate(exception.date);
    const kindKnown = exception.kind === 'DAY_OFF' || exception.kind === 'WORKING_DAY';
    if (day === null) {
      fault(`${path}.date`, `Ngày không hợp lệ (YYYY-MM-DD). / Not a date (YYYY-MM-DD): ${exception.date}.`, true);
    }
    if (!kindKnown) {
      fault(`${path}.kind`, `Loại phải là DAY_OFF hoặc WORKING_DAY. / Unknown kind ${exception.kind}.`, true);
    }
    if (typeof exception.name !== 'string' || exception.name.trim() === '') {
      fault(`${path}.name`, 'Nêu tên ngày nghỉ hoặc ngày làm bù. / Name the holiday or make-up day.', false);
    }
    if (day === null || !kindKnown) return;

    const earlier = seen.get(day);
    if (earlier) {
      const conflicting = earlier.kind !== exception.kind;
      fault(
        `${path}.date`,
        conflicting
          ? `Ngày ${exception.date} vừa là ngày nghỉ vừa là ngày làm việc (exceptions[${earlier.index}]). / ${exception.date} is both a day off and a working day (exceptions[${earlier.index}]).`
          : `Ngày ${exception.date} đã có ở exceptions[${earlier.index}]. / ${exception.date} is already listed at exceptions[${earlier.index}].`,
        conflicting,
      );
      return;
    }
    seen.set(day, { index: i, kind: exception.kind });

    const weekdayWorks = workingWeekday.has(isoWeekdayOfDay(day));
    if (exception.kind === 'WORKING_DAY' && weekdayWorks) {
      fault(
        `${path}.kind`,
        `Ngày ${exception.date} vốn là ngày làm việc; ngày làm bù phải là ngày nghỉ hằng tuần. / ${exception.date} is already a working day; a make-up day must fall on a weekly day off.`,
        false,
      );
    }
    if (exception.kind === 'DAY_OFF' && !weekdayWorks) {
      fault(
        `${path}.kind`,
        `Ngày ${exception.date} vốn là ngày nghỉ hằng tuần; hãy nhập ngày nghỉ bù. / ${exception.date} is already a weekly day off; enter the compensatory day instead.`,
        false,
      );
    }
  });

  return faults;
}

function badTime(value: unknown): string {
  return `Giờ phải có dạng HH:MM (00:00–23:59). / Time must be HH:MM (00:00–23:59), got ${String(value)}.`;
}

// ---------------------------------------------------------------------------------------------
// The compiled form the arithmetic reads.

export interface CompiledShift {
  /** Minutes after local midnight. */
  start: number;
  end: number;
}

export interface CompiledCalendar {
  workingWeekday: readonly boolean[]; // index 1..7
  shifts: readonly CompiledShift[];
  cutOff: number;
  exceptions: ReadonlyMap<number, CalendarExceptionKind>;
  minutesPerDay: number;
}

interface CacheEntry {
  source: [WorkingCalendar['workingWeekdays'], WorkingCalendar['shifts'], ClockTime, WorkingCalendar['exceptions']];
  compiled: CompiledCalendar;
}

// Deadline figures call the arithmetic many times with the same calendar; compiling once per
// calendar object keeps that cheap. The entry is rebuilt when one of the calendar's fields has been
// replaced (calendars are treated as immutable values, as their readonly types say).
const cache = new WeakMap<WorkingCalendar, CacheEntry>();

export function compileCalendar(calendar: WorkingCalendar): CompiledCalendar {
  const source: CacheEntry['source'] = [
    calendar.workingWeekdays,
    calendar.shifts,
    calendar.receptionCutOff,
    calendar.exceptions,
  ];
  const hit = cache.get(calendar);
  if (hit && hit.source.every((value, i) => value === source[i])) return hit.compiled;

  // Only faults that make the arithmetic meaningless stop it; a duplicate or redundant exception is
  // for the administrator to tidy, and must not stop every deadline of the province.
  const blocking = classifyFaults(calendar).filter((f) => f.blocking);
  if (blocking.length > 0) throw new InvalidCalendarError(blocking.map(({ path, message }) => ({ path, message })));

  const workingWeekday = Array.from({ length: 8 }, (_, weekday) => calendar.workingWeekdays.includes(weekday));
  const shifts = calendar.shifts.map((shift) => ({
    start: parseClockTime(shift.start)!,
    end: parseClockTime(shift.end)!,
  }));
  const exceptions = new Map<number, CalendarExceptionKind>();
  for (const exception of calendar.exceptions) {
    const day = parseCalendarDate(exception.date)!;
    if (!exceptions.has(day)) exceptions.set(day, exception.kind);
  }
  const compiled: CompiledCalendar = {
    workingWeekday,
    shifts,
    cutOff: parseClockTime(calendar.receptionCutOff)!,
    exceptions,
    minutesPerDay: shifts.reduce((sum, shift) => sum + shift.end - shift.start, 0),
  };
  cache.set(calendar, { source, compiled });
  return compiled;
}

/** An exception wins over the weekday: a make-up Saturday works, a holiday on a Tuesday does not. */
export function isWorkingDayNumber(compiled: CompiledCalendar, day: number): boolean {
  const exception = compiled.exceptions.get(day);
  if (exception !== undefined) return exception === 'WORKING_DAY';
  return compiled.workingWeekday[isoWeekdayOfDay(day)] === true;
}

/** The first working day at or after `day`. */
export function workingDayOnOrAfter(compiled: CompiledCalendar, day: number): number {
  for (let candidate = day; candidate <= day + MAX_DAYS_WITHOUT_WORK; candidate++) {
    if (isWorkingDayNumber(compiled, candidate)) return candidate;
  }
  throw new RangeError(`No working day within ${MAX_DAYS_WITHOUT_WORK} days from ${formatDayNumber(day)}`);
}

/** The last working day at or before `day`. */
export function workingDayOnOrBefore(compiled: CompiledCalendar, day: number): number {
  for (let candidate = day; candidate >= day - MAX_DAYS_WITHOUT_WORK; candidate--) {
    if (isWorkingDayNumber(compiled, candidate)) return candidate;
  }
  throw new RangeError(`No working day within ${MAX_DAYS_WITHOUT_WORK} days before ${formatDayNumber(day)}`);
}

export function isWorkingDay(calendar: WorkingCalendar, date: CalendarDate): boolean {
  return isWorkingDayNumber(compileCalendar(calendar), dayNumberOf(date));
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(calendar: WorkingCalendar, date: CalendarDate): CalendarDate {
  return formatDayNumber(workingDayOnOrAfter(compileCalendar(calendar), dayNumberOf(date) + 1));
}

/** The last working day strictly before `date`. */
export function previousWorkingDay(calendar: WorkingCalendar, date: CalendarDate): CalendarDate {
  return formatDayNumber(workingDayOnOrBefore(compileCalendar(calendar), dayNumberOf(date) - 1));
}
