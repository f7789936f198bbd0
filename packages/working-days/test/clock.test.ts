import { describe, expect, it } from 'vitest';
import {
  ClockLedgerError,
  addWorkingMinutes,
  computeClock,
  workingMinutesBetween,
  type ClockEvent,
  type ClockFigures,
  type Duration,
} from '../src/index.js';
import { seededRandom, vn, weekdays } from './support.js';

// All scenarios run in March 2026, Monday to Friday, 07:30–11:30 and 13:30–17:30 (480 minutes a day).
const days = (value: number): Duration => ({ value, unit: 'WORKING_DAY' });
const started = (local: string): ClockEvent => ({ type: 'STARTED', at: vn(local) });
const paused = (local: string, reason: 'SUPPLEMENT' | 'PAYMENT' | 'APPLICANT' = 'PAYMENT'): ClockEvent => ({
  type: 'PAUSED',
  at: vn(local),
  reason,
});
const resumed = (local: string): ClockEvent => ({ type: 'RESUMED', at: vn(local) });
const restarted = (local: string): ClockEvent => ({ type: 'RESTARTED', at: vn(local) });
const finished = (local: string): ClockEvent => ({ type: 'FINISHED', at: vn(local) });
const extended = (local: string, until: string): ClockEvent => ({
  type: 'EXTENDED',
  at: vn(local),
  until: vn(until),
  reason: 'Chờ kết quả xác minh của cơ quan thuế',
});

const clock = (budget: Duration, events: ClockEvent[], now: string, dueSoon?: number) =>
  computeClock(weekdays, budget, events, vn(now), dueSoon === undefined ? {} : { dueSoonWorkingMinutes: dueSoon });

/** Received Monday 2/3 10:00, 3 working days: counts Tuesday–Thursday, due Thursday 5/3 17:30. */
const threeDays = [started('2026-03-02 10:00')];

describe('a running clock', () => {
  it.each<[string, string, Partial<ClockFigures>]>([
    [
      'halfway through: used and remaining add up to the budget',
      '2026-03-04 10:00',
      { usedWorkingMinutes: 480 + 150, remainingWorkingMinutes: 1440 - 630, timeliness: null, dueSoon: false },
    ],
    [
      'before the count opens (same evening): nothing used yet',
      '2026-03-02 16:30',
      { usedWorkingMinutes: 0, remainingWorkingMinutes: 1440, dueSoon: false },
    ],
    [
      'one working day left exactly (Wednesday 17:30) is due soon',
      '2026-03-04 17:30',
      { remainingWorkingMinutes: 480, dueSoon: true, timeliness: null },
    ],
    [
      'one minute more than a day left is not yet due soon',
      '2026-03-04 17:29',
      { remainingWorkingMinutes: 481, dueSoon: false },
    ],
    ['on the last morning it is due soon', '2026-03-05 10:00', { remainingWorkingMinutes: 330, dueSoon: true }],
    [
      'after the due moment the same evening it is late, with nothing used beyond the budget',
      '2026-03-05 18:00',
      { remainingWorkingMinutes: 0, timeliness: 'LATE', dueSoon: false },
    ],
    [
      'the next morning it is late by the minutes worked since',
      '2026-03-06 08:00',
      { usedWorkingMinutes: 1470, remainingWorkingMinutes: -30, timeliness: 'LATE', dueSoon: false },
    ],
  ])('%s', (_name, now, expected) => {
    const figures = clock(days(3), threeDays, now);
    expect(figures).toMatchObject({
      state: 'RUNNING',
      startedAt: vn('2026-03-03 07:30'),
      dueAt: vn('2026-03-05 17:30'),
      originalDueAt: vn('2026-03-05 17:30'),
      allowedWorkingMinutes: 1440,
      ...expected,
    });
  });

  it('the due-soon threshold is a setting', () => {
    expect(clock(days(3), threeDays, '2026-03-05 10:00', 120).dueSoon).toBe(false);
    expect(clock(days(3), threeDays, '2026-03-05 16:00', 120).dueSoon).toBe(true);
  });

  it('an hour budget counts from the reception moment', () => {
    const figures = clock({ value: 4, unit: 'HOUR' }, [started('2026-03-02 10:00')], '2026-03-02 15:00');
    expect(figures).toMatchObject({
      startedAt: vn('2026-03-02 10:00'),
      dueAt: vn('2026-03-02 16:00'),
      allowedWorkingMinutes: 240,
      usedWorkingMinutes: 180,
      dueSoon: true,
    });
  });

  it('an empty ledger has not started', () => {
    expect(clock(days(3), [], '2026-03-02 10:00')).toEqual({
      state: 'NOT_STARTED',
      startedAt: null,
      dueAt: null,
      originalDueAt: null,
      allowedWorkingMinutes: 0,
      usedWorkingMinutes: 0,
      remainingWorkingMinutes: 0,
      pausedWorkingMinutes: 0,
      pauses: 0,
      extensions: 0,
      finishedAt: null,
      timeliness: null,
      dueSoon: false,
    });
  });
});

describe('a finished clock', () => {
  it.each([
    ['finished exactly at the due moment is on time', '2026-03-05 17:30', 'ON_TIME', 0],
    ['finished one minute after the due is late', '2026-03-06 07:31', 'LATE', -1],
    ['finished on the due date is on time', '2026-03-05 09:00', 'ON_TIME', 390],
    ['finished the day before the due date is early', '2026-03-04 16:00', 'EARLY', 570],
  ])('%s', (_name, at, timeliness, remaining) => {
    const figures = clock(days(3), [...threeDays, finished(at)], '2026-03-20 10:00');
    expect(figures).toMatchObject({
      state: 'FINISHED',
      finishedAt: vn(at),
      dueAt: vn('2026-03-05 17:30'),
      timeliness,
      remainingWorkingMinutes: remaining,
      dueSoon: false,
    });
  });
});

describe('pauses for the applicant', () => {
  it('a payment pause then resume continues with the time that was left', () => {
    // Used Tue 480 + Wed 07:30–10:30 180 = 660; 780 left from Fri 14:30: Fri 180, Mon 480, Tue 120 → Tue 09:30.
    const events = [started('2026-03-02 10:00'), paused('2026-03-04 10:30', 'PAYMENT'), resumed('2026-03-06 14:30')];
    expect(clock(days(3), events, '2026-03-09 12:00')).toMatchObject({
      state: 'RUNNING',
      dueAt: vn('2026-03-10 09:30'),
      allowedWorkingMinutes: 1440,
      usedWorkingMinutes: 660 + 180 + 240,
      remainingWorkingMinutes: 360,
      pausedWorkingMinutes: 300 + 480 + 300,
      pauses: 1,
    });
  });

  it('while paused there is no due, and the paused minutes keep counting', () => {
    const events = [started('2026-03-02 10:00'), paused('2026-03-04 10:30', 'PAYMENT')];
    expect(clock(days(3), events, '2026-03-05 10:00')).toMatchObject({
      state: 'PAUSED',
      dueAt: null,
      originalDueAt: null,
      usedWorkingMinutes: 660,
      remainingWorkingMinutes: 780,
      pausedWorkingMinutes: 300 + 150,
      timeliness: null,
      dueSoon: false,
    });
  });

  it('a supplement pause then restart gives the full budget again from the next working day', () => {
    // Supplement complete Tue 10/3 10:00 → counts from Wed 11/3 07:30; 5 days → Tue 17/3 17:30.
    const events = [
      started('2026-03-02 10:00'),
      paused('2026-03-04 09:30', 'SUPPLEMENT'),
      restarted('2026-03-10 10:00'),
    ];
    expect(clock(days(5), events, '2026-03-12 09:30')).toMatchObject({
      state: 'RUNNING',
      startedAt: vn('2026-03-11 07:30'),
      dueAt: vn('2026-03-17 17:30'),
      originalDueAt: vn('2026-03-17 17:30'),
      allowedWorkingMinutes: 2400,
      usedWorkingMinutes: 480 + 120,
      remainingWorkingMinutes: 1800,
      pausedWorkingMinutes: 360 + 480 * 3 + 150,
      pauses: 1,
    });
  });

  it('a supplement that arrives after the cut-off restarts like a late reception', () => {
    const events = [
      started('2026-03-02 10:00'),
      paused('2026-03-04 09:30', 'SUPPLEMENT'),
      restarted('2026-03-10 16:00'),
    ];
    expect(clock(days(1), events, '2026-03-10 16:30')).toMatchObject({
      startedAt: vn('2026-03-12 07:30'),
      dueAt: vn('2026-03-12 17:30'),
    });
  });

  it('several pauses add up and push the due by their working time', () => {
    // Without pauses: Tue 3/3 – Mon 9/3. Paused 1 day (Tue pm + Wed am) and 2 days (Thu, Fri) → Thu 12/3.
    const events = [
      started('2026-03-02 10:00'),
      paused('2026-03-03 13:30', 'PAYMENT'),
      resumed('2026-03-04 13:30'),
      paused('2026-03-05 07:30', 'APPLICANT'),
      resumed('2026-03-09 07:30'),
    ];
    expect(clock(days(5), events, '2026-03-09 08:00')).toMatchObject({
      dueAt: vn('2026-03-12 17:30'),
      usedWorkingMinutes: 240 + 240 + 30,
      pausedWorkingMinutes: 480 + 960,
      pauses: 2,
    });
  });

  it('a pause after the due had passed does not move the due back into the future', () => {
    // 1 day: due Tue 3/3 17:30; paused Wed 09:30 (already late by 120), resumed Fri.
    const events = [started('2026-03-02 10:00'), paused('2026-03-04 09:30'), resumed('2026-03-06 07:30')];
    expect(clock(days(1), events, '2026-03-05 10:00')).toMatchObject({ state: 'PAUSED', timeliness: 'LATE' });
    expect(clock(days(1), events, '2026-03-06 08:00')).toMatchObject({
      dueAt: vn('2026-03-03 17:30'),
      usedWorkingMinutes: 630,
      remainingWorkingMinutes: -150,
      timeliness: 'LATE',
    });
  });

  it('stopped while waiting for the applicant: the due is read as if they had answered then', () => {
    // 960 left when paused Wed 07:30; stopped Mon 9/3 10:00 → Mon 330, Tue 480, Wed 150 → Wed 11/3 10:00.
    const events = [
      started('2026-03-02 10:00'),
      paused('2026-03-04 07:30', 'SUPPLEMENT'),
      finished('2026-03-09 10:00'),
    ];
    expect(clock(days(3), events, '2026-03-20 10:00')).toMatchObject({
      state: 'FINISHED',
      dueAt: vn('2026-03-11 10:00'),
      usedWorkingMinutes: 480,
      timeliness: 'EARLY',
      pausedWorkingMinutes: 480 * 3 + 150,
    });
  });

  it('a calendar-day budget moves its due by the calendar days a pause spans', () => {
    // 10 calendar days from Tue 3/3: Thu 12/3. Paused Wed 4/3 → Fri 6/3 (2 days): day 12 = Sat 14/3 → Mon 16/3.
    const budget: Duration = { value: 10, unit: 'CALENDAR_DAY' };
    const events = [started('2026-03-02 10:00'), paused('2026-03-04 10:00'), resumed('2026-03-06 15:00')];
    expect(clock(budget, events.slice(0, 1), '2026-03-04 09:00').dueAt).toEqual(vn('2026-03-12 17:30'));
    const figures = clock(budget, events, '2026-03-16 17:00');
    expect(figures.dueAt).toEqual(vn('2026-03-16 17:30'));
    expect(figures.remainingWorkingMinutes).toBe(30);
    expect(figures.remainingWorkingMinutes).toBe(figures.allowedWorkingMinutes - figures.usedWorkingMinutes);
  });
});

describe('extensions (apology and new appointment)', () => {
  const events = [started('2026-03-02 10:00'), extended('2026-03-04 15:00', '2026-03-10 17:30')];

  it('the new appointment becomes the due, the original due is kept, and the budget grows', () => {
    expect(clock(days(3), events, '2026-03-06 10:00')).toMatchObject({
      state: 'RUNNING',
      dueAt: vn('2026-03-10 17:30'),
      originalDueAt: vn('2026-03-05 17:30'),
      allowedWorkingMinutes: 1440 + 1440,
      usedWorkingMinutes: 1440 + 150,
      remainingWorkingMinutes: 1290,
      extensions: 1,
      timeliness: null,
    });
  });

  it('finished before the new appointment date is early against it', () => {
    expect(clock(days(3), [...events, finished('2026-03-09 15:00')], '2026-03-20 10:00')).toMatchObject({
      state: 'FINISHED',
      timeliness: 'EARLY',
      dueAt: vn('2026-03-10 17:30'),
      originalDueAt: vn('2026-03-05 17:30'),
    });
  });

  it('an extension granted after the dossier went late brings it back on time', () => {
    const late = [started('2026-03-02 10:00'), extended('2026-03-06 09:00', '2026-03-09 17:30')];
    expect(clock(days(3), late, '2026-03-06 10:00')).toMatchObject({
      dueAt: vn('2026-03-09 17:30'),
      timeliness: null,
      remainingWorkingMinutes: 90 + 240 + 480,
    });
  });

  it('a pause after an extension resumes with what was left before the new appointment', () => {
    // Paused Mon 9/3 07:30 with Mon + Tue (960) left; resumed Wed 11/3 07:30 → due Thu 12/3 17:30.
    const withPause = [...events, paused('2026-03-09 07:30'), resumed('2026-03-11 07:30')];
    expect(clock(days(3), withPause, '2026-03-11 08:00')).toMatchObject({
      dueAt: vn('2026-03-12 17:30'),
      // Without the extension the dossier was already late when it paused: that due stays put.
      originalDueAt: vn('2026-03-05 17:30'),
      allowedWorkingMinutes: 2880,
    });
  });
});

describe('figures as of a moment', () => {
  it('events recorded after `now` have not happened yet: the clock as it stood on an earlier day', () => {
    const events = [
      ...threeDays,
      paused('2026-03-04 10:30'),
      resumed('2026-03-06 14:30'),
      finished('2026-03-09 10:00'),
    ];
    expect(clock(days(3), events, '2026-03-04 10:00')).toMatchObject({ state: 'RUNNING', pauses: 0 });
    expect(clock(days(3), events, '2026-03-05 10:00')).toMatchObject({ state: 'PAUSED', pauses: 1 });
    expect(clock(days(3), events, '2026-03-10 10:00')).toMatchObject({
      state: 'FINISHED',
      finishedAt: vn('2026-03-09 10:00'),
    });
  });
});

describe('a ledger that cannot be read', () => {
  it.each<[string, ClockEvent[]]>([
    ['resuming a clock that is running', [started('2026-03-02 10:00'), resumed('2026-03-03 10:00')]],
    ['pausing before the clock has started', [paused('2026-03-02 10:00')]],
    ['events out of order', [started('2026-03-02 10:00'), paused('2026-03-04 10:00'), resumed('2026-03-03 10:00')]],
    [
      'an extension while waiting for the applicant',
      [started('2026-03-02 10:00'), paused('2026-03-03 10:00'), extended('2026-03-03 11:00', '2026-03-20 17:30')],
    ],
    [
      'anything after FINISHED',
      [started('2026-03-02 10:00'), finished('2026-03-03 10:00'), paused('2026-03-03 11:00')],
    ],
    ['starting twice', [started('2026-03-02 10:00'), started('2026-03-03 10:00')]],
  ])('refuses %s, naming the event', (_name, events) => {
    expect(() => clock(days(3), events, '2026-03-20 10:00')).toThrow(ClockLedgerError);
    expect(() => clock(days(3), events, '2026-03-20 10:00')).toThrow(/Clock event #\d/);
  });
});

describe('properties of random ledgers (fixed seed)', () => {
  it('a running clock: remaining equals the working minutes from now to the due, and no pause is lost', () => {
    const random = seededRandom(42);
    const minute = 60_000;
    for (let run = 0; run < 150; run++) {
      let t = vn('2026-03-02 07:00').getTime() + Math.floor(random() * 5 * 24 * 60) * minute;
      const events: ClockEvent[] = [{ type: 'STARTED', at: new Date(t) }];
      const pauses = Math.floor(random() * 4);
      for (let i = 0; i < pauses; i++) {
        t += (30 + Math.floor(random() * 3000)) * minute;
        events.push({ type: 'PAUSED', at: new Date(t), reason: 'APPLICANT' });
        t += (30 + Math.floor(random() * 3000)) * minute;
        events.push({ type: 'RESUMED', at: new Date(t) });
      }
      const budget = days(10 + Math.floor(random() * 10) / 2);
      const now = new Date(t + Math.floor(random() * 600) * minute);
      const figures = computeClock(weekdays, budget, events, now);
      if (figures.timeliness === 'LATE') continue; // the due froze in the past; covered by its own case
      const runningFrom = new Date(Math.max(now.getTime(), figures.startedAt!.getTime(), t));
      expect(workingMinutesBetween(weekdays, runningFrom, figures.dueAt!)).toBe(figures.remainingWorkingMinutes);
      // Start to due holds exactly the budget plus the paused minutes inside it.
      const span = workingMinutesBetween(weekdays, figures.startedAt!, figures.dueAt!);
      expect(span).toBe(figures.allowedWorkingMinutes + figures.pausedWorkingMinutes);
      expect(figures.dueAt).toEqual(
        addWorkingMinutes(weekdays, figures.startedAt!, figures.allowedWorkingMinutes + figures.pausedWorkingMinutes),
      );
    }
  });
});
