/**
 * Local time in Asia/Ho_Chi_Minh. Vietnam has kept UTC+7 without daylight saving since 1975, so a
 * fixed offset is exact for every date a dossier can carry and no time-zone database is needed.
 *
 * Internally the engine works on "local milliseconds": the instant shifted by the offset, so that
 * the UTC fields of that number read as the wall clock in Vietnam. A local date becomes a day number
 * (days since 1970-01-01), which makes "the next day" plain integer arithmetic.
 */

/** 'YYYY-MM-DD', a date on the wall calendar in Vietnam. */
export type CalendarDate = string;
/** 'HH:MM' (24-hour), a time on the wall clock in Vietnam. */
export type ClockTime = string;

export const VIETNAM_UTC_OFFSET_MINUTES = 7 * 60;

export const MS_PER_MINUTE = 60_000;
export const MINUTES_PER_DAY = 24 * 60;
export const MS_PER_DAY = MINUTES_PER_DAY * MS_PER_MINUTE;
const OFFSET_MS = VIETNAM_UTC_OFFSET_MINUTES * MS_PER_MINUTE;
// 1970-01-01 was a Thursday (ISO weekday 4).
const EPOCH_ISO_WEEKDAY = 4;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function toLocalMs(instant: Date): number {
  const ms = instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('Invalid Date');
  return ms + OFFSET_MS;
}

export function fromLocalMs(localMs: number): Date {
  return new Date(localMs - OFFSET_MS);
}

export function dayOfLocalMs(localMs: number): number {
  return Math.floor(localMs / MS_PER_DAY);
}

/** The instant at `minute` minutes after local midnight of day number `day`. */
export function localMsAt(day: number, minute: number): number {
  return day * MS_PER_DAY + minute * MS_PER_MINUTE;
}

/** The day number of a 'YYYY-MM-DD' date, or null when the text is not a real date. */
export function parseCalendarDate(date: unknown): number | null {
  if (typeof date !== 'string') return null;
  const match = DATE_PATTERN.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  // Date.UTC rolls 2026-02-30 over to March; a real date reads back the same.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return ms / MS_PER_DAY;
}

export function dayNumberOf(date: CalendarDate): number {
  const day = parseCalendarDate(date);
  if (day === null) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${String(date)}`);
  return day;
}

export function formatDayNumber(day: number): CalendarDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday. */
export function isoWeekdayOfDay(day: number): number {
  return ((((day + EPOCH_ISO_WEEKDAY - 1) % 7) + 7) % 7) + 1;
}

/** Minutes after midnight of an 'HH:MM' time, or null when the text is not one. */
export function parseClockTime(time: unknown): number | null {
  if (typeof time !== 'string') return null;
  const match = CLOCK_PATTERN.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** The local calendar date of an instant. */
export function localDateOf(instant: Date): CalendarDate {
  return formatDayNumber(dayOfLocalMs(toLocalMs(instant)));
}

/** The same calendar date `days` later (or earlier, when negative). */
export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  if (!Number.isInteger(days)) throw new RangeError(`Whole days only: ${days}`);
  return formatDayNumber(dayNumberOf(date) + days);
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekdayOf(date: CalendarDate): number {
  return isoWeekdayOfDay(dayNumberOf(date));
}
