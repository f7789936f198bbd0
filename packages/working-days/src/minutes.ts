/**
 * Working minutes: the time inside the shifts of working days. Every deadline reduces to them, which
 * is what lets a budget pause and resume mid-afternoon and lets half days exist (0.5 day = half the
 * minutes of a day, the morning shift when the shifts are equal).
 *
 * Arithmetic runs on milliseconds so that instants carrying seconds stay exact; results are minutes.
 */
import {
  type CompiledCalendar,
  type WorkingCalendar,
  MAX_DAYS_WITHOUT_WORK,
  compileCalendar,
  isWorkingDayNumber,
} from './calendar.js';
import { MS_PER_MINUTE, dayOfLocalMs, formatDayNumber, fromLocalMs, localMsAt, toLocalMs } from './local-time.js';

export function workingMinutesPerDay(calendar: WorkingCalendar): number {
  return compileCalendar(calendar).minutesPerDay;
}

/**
 * Minutes inside shifts of working days between two instants. Signed: negative when `to` is before
 * `from`, so that "remaining = due − now" reads naturally once a dossier is late.
 */
export function workingMinutesBetween(calendar: WorkingCalendar, from: Date, to: Date): number {
  return workingMsBetween(compileCalendar(calendar), toLocalMs(from), toLocalMs(to)) / MS_PER_MINUTE;
}

export function workingMsBetween(compiled: CompiledCalendar, fromMs: number, toMs: number): number {
  if (toMs < fromMs) return -workingMsBetween(compiled, toMs, fromMs);
  let total = 0;
  for (let day = dayOfLocalMs(fromMs); day <= dayOfLocalMs(toMs); day++) {
    if (!isWorkingDayNumber(compiled, day)) continue;
    for (const shift of compiled.shifts) {
      const start = Math.max(localMsAt(day, shift.start), fromMs);
      const end = Math.min(localMsAt(day, shift.end), toMs);
      if (end > start) total += end - start;
    }
  }
  return total;
}

/**
 * The earliest instant at which `minutes` working minutes have passed since `from`. Landing exactly
 * on the end of a shift returns that end (17:30 on the due day), never the start of the next shift:
 * the deadline is the moment the budget is used up. Zero returns `from` unchanged.
 *
 * Negative minutes count backwards (the latest instant that many working minutes before `from`),
 * landing on a shift start rather than the previous shift's end; useful for reminders before a due.
 */
export function addWorkingMinutes(calendar: WorkingCalendar, from: Date, minutes: number): Date {
  if (!Number.isFinite(minutes)) throw new RangeError(`Minutes must be a finite number: ${minutes}`);
  return fromLocalMs(addWorkingMs(compileCalendar(calendar), toLocalMs(from), Math.round(minutes * MS_PER_MINUTE)));
}

export function addWorkingMs(compiled: CompiledCalendar, fromMs: number, amount: number): number {
  if (amount === 0) return fromMs;
  return amount > 0 ? forward(compiled, fromMs, amount) : backward(compiled, fromMs, -amount);
}

function forward(compiled: CompiledCalendar, fromMs: number, amount: number): number {
  let remaining = amount;
  let idle = 0;
  for (let day = dayOfLocalMs(fromMs); ; day++) {
    if (!isWorkingDayNumber(compiled, day)) {
      if (++idle > MAX_DAYS_WITHOUT_WORK) throw noWorkingDay(day);
      continue;
    }
    idle = 0;
    for (const shift of compiled.shifts) {
      const end = localMsAt(day, shift.end);
      if (end <= fromMs) continue;
      const start = Math.max(localMsAt(day, shift.start), fromMs);
      if (remaining <= end - start) return start + remaining;
      remaining -= end - start;
    }
  }
}

function backward(compiled: CompiledCalendar, fromMs: number, amount: number): number {
  let remaining = amount;
  let idle = 0;
  for (let day = dayOfLocalMs(fromMs); ; day--) {
    if (!isWorkingDayNumber(compiled, day)) {
      if (++idle > MAX_DAYS_WITHOUT_WORK) throw noWorkingDay(day);
      continue;
    }
    idle = 0;
    for (let i = compiled.shifts.length - 1; i >= 0; i--) {
      const shift = compiled.shifts[i]!;
      const start = localMsAt(day, shift.start);
      if (start >= fromMs) continue;
      const end = Math.min(localMsAt(day, shift.end), fromMs);
      if (remaining <= end - start) return end - remaining;
      remaining -= end - start;
    }
  }
}

function noWorkingDay(day: number): RangeError {
  return new RangeError(
    `The calendar has no working day for ${MAX_DAYS_WITHOUT_WORK} days around ${formatDayNumber(day)}`,
  );
}

/** Local ms of the end of the last shift of a day (the due moment of a day-based count). */
export function endOfDayMs(compiled: CompiledCalendar, day: number): number {
  return localMsAt(day, compiled.shifts[compiled.shifts.length - 1]!.end);
}

/** Local ms of the start of the first shift of a day (the first moment a day-based count runs). */
export function startOfDayMs(compiled: CompiledCalendar, day: number): number {
  return localMsAt(day, compiled.shifts[0]!.start);
}
