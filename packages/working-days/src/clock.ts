/**
 * The clock of a dossier, as a ledger of events. Nothing is stored but the events; due dates, used
 * and remaining time, pauses and timeliness are all derived here, so that a correction to the
 * calendar or to an event re-computes every figure consistently.
 *
 * Rules (DOMAIN.md §1.4, §1.5, §10):
 * - STARTED opens a count at clockStart(at): a complete, valid dossier counts like a reception.
 * - PAUSED stops the count while the dossier waits for the applicant (supplement, payment, …).
 * - RESUMED continues with what was left, from the moment of resumption.
 * - RESTARTED opens a new count with the full budget, normalised like a reception (the rule set's
 *   supplement rule: "restart from zero once the complete supplement arrives").
 * - EXTENDED (apology and new appointment, Mẫu 04) makes `until` the due; the allowed working time
 *   grows by what lies between the old due and `until`. How many extensions a rule set permits is
 *   the rule set's business; the clock only counts them.
 * - FINISHED closes the count: result ready, or processing stopped.
 *
 * Working-day and hour budgets are working minutes. A calendar-day budget is not (a Sunday has no
 * working minutes), so its due follows the calendar-day rule, and a pause moves that due by the
 * number of calendar days it spans: local date of resumption − local date of the pause (a pause
 * opened and closed on the same date moves nothing; Monday to Wednesday moves it two days). The
 * minute figures of a calendar-day count are then read off that due. An extension sets the due to
 * `until`; a later pause moves it the same way, to the end of the working day it lands on.
 *
 * Once a count has paused after its due had passed, that due no longer moves: the dossier was late
 * already, and the applicant's later delay does not make it on time again (only an extension can).
 */
import { type WorkingCalendar, type CompiledCalendar, compileCalendar } from './calendar.js';
import { type Duration, assertDuration, calendarDayDueMs, clockStart, durationInWorkingMinutes } from './duration.js';
import { MS_PER_MINUTE, dayOfLocalMs, fromLocalMs, toLocalMs } from './local-time.js';
import { addWorkingMs, workingMsBetween } from './minutes.js';
import { type Timeliness, classifyTimeliness } from './timeliness.js';

export type PauseReason = 'SUPPLEMENT' | 'PAYMENT' | 'APPLICANT';

export type ClockEvent =
  | { type: 'STARTED'; at: Date }
  | { type: 'PAUSED'; at: Date; reason: PauseReason }
  | { type: 'RESUMED'; at: Date }
  | { type: 'RESTARTED'; at: Date }
  | { type: 'EXTENDED'; at: Date; until: Date; reason: string }
  | { type: 'FINISHED'; at: Date };

export type ClockState = 'NOT_STARTED' | 'RUNNING' | 'PAUSED' | 'FINISHED';

export interface ClockFigures {
  state: ClockState;
  /** Start of the current count (the latest STARTED/RESTARTED, after clockStart normalisation). */
  startedAt: Date | null;
  /** Null while PAUSED (it depends on when the applicant answers) or NOT_STARTED. */
  dueAt: Date | null;
  /** The due date before any EXTENDED of the current count. */
  originalDueAt: Date | null;
  /** Budget of the current count (+ extensions). 0 before the clock starts. */
  allowedWorkingMinutes: number;
  /** Working minutes elapsed while running in the current count, up to `now` or FINISHED. */
  usedWorkingMinutes: number;
  /** allowed − used; negative when late. */
  remainingWorkingMinutes: number;
  /** Total working minutes spent paused, over the whole ledger. */
  pausedWorkingMinutes: number;
  pauses: number;
  extensions: number;
  finishedAt: Date | null;
  /** When FINISHED: EARLY/ON_TIME/LATE; otherwise 'LATE' once the due has passed, else null. */
  timeliness: Timeliness | null;
  /** Running, not late, and remaining ≤ the threshold (one working day by default). */
  dueSoon: boolean;
}

export interface ClockOptions {
  /** "Due soon" threshold; defaults to the working minutes of one day. */
  dueSoonWorkingMinutes?: number;
}

/** The ledger cannot be read: an event out of order, or one that makes no sense in the state it finds. */
export class ClockLedgerError extends Error {
  readonly eventIndex: number;
  constructor(eventIndex: number, message: string) {
    super(`Clock event #${eventIndex}: ${message}`);
    this.name = 'ClockLedgerError';
    this.eventIndex = eventIndex;
  }
}

/**
 * The figures of a ledger at `now`. The ledger must be in chronological order; events after `now`
 * are not applied yet. A ledger that makes no sense (resuming a running clock, an event after
 * FINISHED, …) throws a ClockLedgerError naming the event, rather than yield a quietly wrong due.
 */
export function computeClock(
  calendar: WorkingCalendar,
  budget: Duration,
  events: readonly ClockEvent[],
  now: Date,
  options: ClockOptions = {},
): ClockFigures {
  assertDuration(budget);
  const ctx: Context = {
    calendar,
    compiled: compileCalendar(calendar),
    budget,
    budgetMs:
      budget.unit === 'CALENDAR_DAY' ? 0 : Math.round(durationInWorkingMinutes(calendar, budget) * MS_PER_MINUTE),
  };
  const nowMs = toLocalMs(now);
  const ledger = replay(ctx, events, nowMs, true);
  // The original due is the same ledger read as if no extension had been granted.
  const withoutExtensions = ledger.extensions > 0 ? replay(ctx, events, nowMs, false) : ledger;
  const figures = figuresAt(ctx, ledger, nowMs);
  const original = withoutExtensions === ledger ? figures : figuresAt(ctx, withoutExtensions, nowMs);
  const threshold = options.dueSoonWorkingMinutes ?? ctx.compiled.minutesPerDay;

  return {
    state: ledger.state,
    startedAt: ledger.count ? fromLocalMs(ledger.count.startedMs) : null,
    dueAt: figures.dueMs === null ? null : fromLocalMs(figures.dueMs),
    originalDueAt: original.dueMs === null ? null : fromLocalMs(original.dueMs),
    allowedWorkingMinutes: figures.allowedMs / MS_PER_MINUTE,
    usedWorkingMinutes: figures.usedMs / MS_PER_MINUTE,
    remainingWorkingMinutes: (figures.allowedMs - figures.usedMs) / MS_PER_MINUTE,
    pausedWorkingMinutes: figures.pausedMs / MS_PER_MINUTE,
    pauses: ledger.pauses,
    extensions: ledger.extensions,
    finishedAt: ledger.finished ? fromLocalMs(ledger.finished.atMs) : null,
    timeliness: figures.timeliness,
    dueSoon:
      ledger.state === 'RUNNING' &&
      figures.timeliness === null &&
      (figures.allowedMs - figures.usedMs) / MS_PER_MINUTE <= threshold,
  };
}

// ---------------------------------------------------------------------------------------------
// Replaying the ledger. All times are local milliseconds (see local-time.ts).

interface Context {
  calendar: WorkingCalendar;
  compiled: CompiledCalendar;
  budget: Duration;
  /** The working-time budget of one count; 0 for a calendar-day budget. */
  budgetMs: number;
}

/** One count: from a STARTED or RESTARTED to the next RESTARTED or the end of the ledger. */
interface Count {
  startedMs: number;
  /** Working time of the running segments already closed by a pause. */
  usedClosedMs: number;
  /** Start of the open running segment (never before startedMs); null while paused or finished. */
  runningFromMs: number | null;
  /** Start of the open pause, as recorded; null while running. */
  pausedFromMs: number | null;
  /** Working-time budget, extensions included (working-day and hour budgets). */
  allowedMs: number;
  /** Calendar days the pauses of this count moved a calendar-day due by. */
  pausedDays: number;
  /** The due an extension set, and the paused days already counted when it was set. */
  extension: { dueMs: number; pausedDays: number } | null;
  /** A due that had already passed when the count paused: it no longer moves. */
  passed: { dueMs: number; allowedMs: number } | null;
}

interface Snapshot {
  dueMs: number;
  allowedMs: number;
  usedMs: number;
}

interface Ledger {
  state: ClockState;
  count: Count | null;
  pausedMs: number;
  pauses: number;
  extensions: number;
  finished: ({ atMs: number } & Snapshot) | null;
}

/**
 * Applies the events up to `now`. Events recorded later have not happened yet as seen from `now`,
 * which makes the same function answer "how did this dossier stand at the end of the quarter?".
 */
function replay(ctx: Context, events: readonly ClockEvent[], now: number, honourExtensions: boolean): Ledger {
  const ledger: Ledger = { state: 'NOT_STARTED', count: null, pausedMs: 0, pauses: 0, extensions: 0, finished: null };
  let previousMs = -Infinity;

  events.forEach((event, index) => {
    const fail = (message: string) => new ClockLedgerError(index, message);
    const atMs = event.at instanceof Date ? event.at.getTime() : NaN;
    if (!Number.isFinite(atMs)) throw fail(`${event.type} has no valid "at"`);
    const at = toLocalMs(event.at);
    if (at < previousMs) throw fail(`${event.type} is earlier than the event before it; the ledger must be in order`);
    previousMs = at;
    if (at > now) return;
    const expect = (...states: ClockState[]) => {
      if (!states.includes(ledger.state)) throw fail(`${event.type} cannot follow a clock that is ${ledger.state}`);
    };

    switch (event.type) {
      case 'STARTED':
        expect('NOT_STARTED');
        ledger.count = openCount(ctx, at);
        ledger.state = 'RUNNING';
        return;
      case 'PAUSED':
        expect('RUNNING');
        pause(ctx, ledger.count!, at);
        ledger.pauses++;
        ledger.state = 'PAUSED';
        return;
      case 'RESUMED':
        expect('PAUSED');
        ledger.pausedMs += resume(ctx, ledger.count!, at);
        ledger.state = 'RUNNING';
        return;
      case 'RESTARTED':
        expect('RUNNING', 'PAUSED');
        if (ledger.state === 'PAUSED') ledger.pausedMs += resume(ctx, ledger.count!, at);
        ledger.count = openCount(ctx, at);
        ledger.state = 'RUNNING';
        return;
      case 'EXTENDED': {
        // The agency that delays apologises while it is processing; while the dossier waits for the
        // applicant there is no delay of the agency's to re-appoint.
        expect('RUNNING');
        const until = event.until instanceof Date ? event.until.getTime() : NaN;
        if (!Number.isFinite(until)) throw fail('EXTENDED has no valid "until"');
        ledger.extensions++;
        if (honourExtensions) extend(ctx, ledger.count!, at, toLocalMs(event.until));
        return;
      }
      case 'FINISHED': {
        expect('RUNNING', 'PAUSED');
        // Stopped while waiting for the applicant: the due is read as if the applicant had answered
        // at that moment, so the agency is not held late for the applicant's time.
        if (ledger.state === 'PAUSED') ledger.pausedMs += resume(ctx, ledger.count!, at);
        ledger.finished = { atMs: at, ...snapshot(ctx, ledger.count!, at) };
        ledger.count!.usedClosedMs = ledger.finished.usedMs;
        ledger.count!.runningFromMs = null;
        ledger.state = 'FINISHED';
        return;
      }
      default:
        throw fail(`unknown event type ${String((event as { type: unknown }).type)}`);
    }
  });
  return ledger;
}

function openCount(ctx: Context, at: number): Count {
  const startedMs = toLocalMs(clockStart(ctx.calendar, fromLocalMs(at), ctx.budget.unit));
  return {
    startedMs,
    usedClosedMs: 0,
    runningFromMs: startedMs,
    pausedFromMs: null,
    allowedMs: ctx.budgetMs,
    pausedDays: 0,
    extension: null,
    passed: null,
  };
}

/** Due, allowed and used of a running count, observed at `at`. */
function snapshot(ctx: Context, count: Count, at: number): Snapshot {
  const from = count.runningFromMs!;
  const usedMs = count.usedClosedMs + Math.max(0, workingMsBetween(ctx.compiled, from, at));
  if (count.passed) return { ...count.passed, usedMs };
  if (ctx.budget.unit !== 'CALENDAR_DAY') {
    const dueMs = count.extension
      ? count.extension.dueMs
      : addWorkingMs(ctx.compiled, from, Math.max(0, count.allowedMs - count.usedClosedMs));
    return { dueMs, allowedMs: count.allowedMs, usedMs };
  }
  const dueMs = calendarDueMs(ctx, count);
  // A calendar-day budget holds the running working time that fits before its due.
  const allowedMs = count.usedClosedMs + Math.max(0, workingMsBetween(ctx.compiled, from, dueMs));
  return { dueMs, allowedMs, usedMs };
}

function calendarDueMs(ctx: Context, count: Count): number {
  if (count.extension) {
    const moved = count.pausedDays - count.extension.pausedDays;
    if (moved === 0) return count.extension.dueMs;
    return calendarDayDueMs(ctx.compiled, dayOfLocalMs(count.extension.dueMs) + moved);
  }
  return calendarDayDueMs(ctx.compiled, dayOfLocalMs(count.startedMs) + ctx.budget.value - 1 + count.pausedDays);
}

function pause(ctx: Context, count: Count, at: number): void {
  const snap = snapshot(ctx, count, at);
  count.usedClosedMs = snap.usedMs;
  // Paused after the due had passed: the dossier is already late and the due stays where it was.
  if (!count.passed && snap.dueMs < at) count.passed = { dueMs: snap.dueMs, allowedMs: snap.allowedMs };
  // A working-time extension lives on in allowedMs; the due is recomputed from the resumption.
  if (ctx.budget.unit !== 'CALENDAR_DAY') count.extension = null;
  count.runningFromMs = null;
  count.pausedFromMs = at;
}

/** Closes the open pause at `at` and returns the working time it took (counted from the count's start). */
function resume(ctx: Context, count: Count, at: number): number {
  const pausedFrom = Math.max(count.pausedFromMs!, count.startedMs);
  if (ctx.budget.unit === 'CALENDAR_DAY') {
    count.pausedDays += Math.max(0, dayOfLocalMs(at) - dayOfLocalMs(pausedFrom));
  }
  count.pausedFromMs = null;
  count.runningFromMs = Math.max(at, count.startedMs);
  return Math.max(0, workingMsBetween(ctx.compiled, pausedFrom, at));
}

function extend(ctx: Context, count: Count, at: number, until: number): void {
  const from = Math.max(at, count.runningFromMs!);
  const usedMs = count.usedClosedMs + Math.max(0, workingMsBetween(ctx.compiled, count.runningFromMs!, at));
  // Whatever was used so far, plus the working time from now to the new appointment: the due is
  // `until` exactly, and "remaining" counts down to it.
  count.allowedMs = usedMs + workingMsBetween(ctx.compiled, from, until);
  count.extension = { dueMs: until, pausedDays: count.pausedDays };
  count.passed = null;
}

/** The figures of a ledger at one moment; dueMs is null while paused or before the start. */
interface ObservedFigures {
  dueMs: number | null;
  allowedMs: number;
  usedMs: number;
  pausedMs: number;
  timeliness: Timeliness | null;
}

function figuresAt(ctx: Context, ledger: Ledger, now: number): ObservedFigures {
  const count = ledger.count;
  switch (ledger.state) {
    case 'NOT_STARTED':
      return { dueMs: null, allowedMs: 0, usedMs: 0, pausedMs: 0, timeliness: null };
    case 'FINISHED': {
      const finished = ledger.finished!;
      return {
        ...finished,
        pausedMs: ledger.pausedMs,
        timeliness: classifyTimeliness(fromLocalMs(finished.atMs), fromLocalMs(finished.dueMs)),
      };
    }
    case 'RUNNING': {
      const snap = snapshot(ctx, count!, now);
      return { ...snap, pausedMs: ledger.pausedMs, timeliness: now > snap.dueMs ? 'LATE' : null };
    }
    case 'PAUSED': {
      // What is left if the applicant answered now; the due itself stays unknown until they do.
      const probe: Count = { ...count! };
      const pausedSoFar = resume(ctx, probe, now);
      const snap = snapshot(ctx, probe, now);
      return {
        dueMs: null,
        allowedMs: snap.allowedMs,
        usedMs: count!.usedClosedMs,
        pausedMs: ledger.pausedMs + pausedSoFar,
        timeliness: count!.passed || snap.dueMs < now ? 'LATE' : null,
      };
    }
  }
}
