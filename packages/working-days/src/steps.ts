/**
 * Per-step budgets of the internal process (quy trình nội bộ), as the control slip prints them
 * (phiếu kiểm soát quá trình giải quyết hồ sơ, DOMAIN.md §1.6): each agency or unit receives the
 * dossier at some moment and has its step's budget from that moment.
 *
 * - A step's count runs from the handover itself: no cut-off and no next-day rule (the reception rule
 *   is the one-stop's, towards the applicant; inside the process half a day means half a day).
 * - A pause of the dossier (waiting for the applicant) that overlaps an open step pushes that step's
 *   due later by the working time of the overlap. An open pause is taken as lasting until `now`.
 * - A calendar-day step runs N calendar days from the day after its start; its due is the end of the
 *   last shift of day N, or of the next working day, moved by the calendar days its pauses span
 *   (the same rule as the dossier's clock).
 */
import { type WorkingCalendar, type CompiledCalendar, compileCalendar } from './calendar.js';
import { type Duration, assertDuration, calendarDayDueMs, durationInWorkingMinutes } from './duration.js';
import { MS_PER_MINUTE, dayOfLocalMs, fromLocalMs, toLocalMs } from './local-time.js';
import { addWorkingMs, workingMsBetween } from './minutes.js';
import { type Timeliness, classifyTimeliness } from './timeliness.js';

export interface StepSpan {
  key: string;
  budget: Duration;
  startedAt: Date;
  finishedAt: Date | null;
}

export interface StepFigures {
  key: string;
  startedAt: Date;
  dueAt: Date;
  finishedAt: Date | null;
  allowedWorkingMinutes: number;
  usedWorkingMinutes: number;
  /** EARLY/ON_TIME/LATE once finished; 'LATE' while open past the due; null while open and not late. */
  timeliness: Timeliness | null;
}

export interface PauseSpan {
  from: Date;
  /** Null while the pause is still open. */
  to: Date | null;
}

interface Interval {
  from: number;
  to: number;
}

export function computeSteps(
  calendar: WorkingCalendar,
  steps: readonly StepSpan[],
  pauses: readonly PauseSpan[],
  now: Date,
): StepFigures[] {
  const compiled = compileCalendar(calendar);
  const nowMs = toLocalMs(now);
  const pauseIntervals = pauses.map((pause, i): Interval => {
    const from = toLocalMs(pause.from);
    const to = pause.to ? toLocalMs(pause.to) : Math.max(from, nowMs);
    if (to < from) throw new RangeError(`pauses[${i}] ends before it starts`);
    return { from, to };
  });

  return steps.map((step, i) => {
    assertDuration(step.budget);
    const startMs = toLocalMs(step.startedAt);
    const finishedMs = step.finishedAt ? toLocalMs(step.finishedAt) : null;
    if (finishedMs !== null && finishedMs < startMs) throw new RangeError(`steps[${i}] finishes before it starts`);
    // Only the part of a pause while the step was open concerns it.
    const own = mergeWithin(pauseIntervals, startMs, finishedMs ?? Infinity);

    let dueMs: number;
    let allowedMs: number;
    if (step.budget.unit === 'CALENDAR_DAY') {
      const pausedDays = own.reduce((sum, p) => sum + dayOfLocalMs(p.to) - dayOfLocalMs(p.from), 0);
      dueMs = calendarDayDueMs(compiled, dayOfLocalMs(startMs) + step.budget.value + pausedDays);
      allowedMs = Math.max(0, workingMsBetween(compiled, startMs, dueMs) - pausedWithin(compiled, own, startMs, dueMs));
    } else {
      allowedMs = Math.round(durationInWorkingMinutes(calendar, step.budget) * MS_PER_MINUTE);
      dueMs = addRunningMs(compiled, startMs, allowedMs, own);
    }

    const endMs = finishedMs ?? nowMs;
    const usedMs = Math.max(
      0,
      workingMsBetween(compiled, startMs, endMs) - pausedWithin(compiled, own, startMs, endMs),
    );
    const dueAt = fromLocalMs(dueMs);
    return {
      key: step.key,
      startedAt: step.startedAt,
      dueAt,
      finishedAt: step.finishedAt,
      allowedWorkingMinutes: allowedMs / MS_PER_MINUTE,
      usedWorkingMinutes: usedMs / MS_PER_MINUTE,
      timeliness: step.finishedAt ? classifyTimeliness(step.finishedAt, dueAt) : nowMs > dueMs ? 'LATE' : null,
    };
  });
}

/** The pauses clipped to [from, to], sorted and merged so that overlapping ones count once. */
function mergeWithin(pauses: readonly Interval[], from: number, to: number): Interval[] {
  const clipped = pauses
    .map((p) => ({ from: Math.max(p.from, from), to: Math.min(p.to, to) }))
    .filter((p) => p.to > p.from)
    .sort((a, b) => a.from - b.from);
  const merged: Interval[] = [];
  for (const p of clipped) {
    const last = merged[merged.length - 1];
    if (last && p.from <= last.to) last.to = Math.max(last.to, p.to);
    else merged.push({ ...p });
  }
  return merged;
}

function pausedWithin(compiled: CompiledCalendar, pauses: readonly Interval[], from: number, to: number): number {
  return pauses.reduce((sum, p) => {
    const start = Math.max(p.from, from);
    const end = Math.min(p.to, to);
    return end > start ? sum + workingMsBetween(compiled, start, end) : sum;
  }, 0);
}

/** `amount` of working time from `start`, skipping the (sorted, merged) pauses. */
function addRunningMs(compiled: CompiledCalendar, start: number, amount: number, pauses: readonly Interval[]): number {
  let at = start;
  let remaining = amount;
  for (const pause of pauses) {
    if (pause.to <= at) continue;
    const available = Math.max(0, workingMsBetween(compiled, at, pause.from));
    if (remaining <= available) break;
    remaining -= available;
    at = Math.max(at, pause.to);
  }
  return addWorkingMs(compiled, at, remaining);
}
