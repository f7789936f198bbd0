import { describe, expect, it } from 'vitest';
import { computeSteps, type Duration, type StepFigures, type StepSpan } from '../src/index.js';
import { vn, weekdays } from './support.js';

const days = (value: number): Duration => ({ value, unit: 'WORKING_DAY' });
const step = (key: string, budget: Duration, start: string, finish: string | null): StepSpan => ({
  key,
  budget,
  startedAt: vn(start),
  finishedAt: finish === null ? null : vn(finish),
});

/**
 * A 20-day procedure with the internal process 0.5 + 0.5 + 15 + 2 + 1 + 1 days, March 2026, Mon–Fri
 * 07:30–11:30, 13:30–17:30. The tax office (liên thông) takes two extra days; the others are early or
 * on time. Steps count from the handover moment itself.
 */
const process: StepSpan[] = [
  step('reception', days(0.5), '2026-03-02 08:00', '2026-03-02 09:00'),
  step('transfer', days(0.5), '2026-03-02 09:00', '2026-03-02 11:00'),
  step('appraisal', days(15), '2026-03-02 11:00', '2026-03-18 16:00'),
  step('tax-office', days(2), '2026-03-18 16:00', '2026-03-24 10:00'),
  step('approval', days(1), '2026-03-24 10:00', '2026-03-25 09:00'),
  step('return', days(1), '2026-03-25 09:00', null),
];

describe('the steps of an internal process', () => {
  const figures = computeSteps(weekdays, process, [], vn('2026-03-25 16:00'));
  const byKey = (key: string) => figures.find((f) => f.key === key)!;

  it.each<[string, string, Partial<StepFigures>]>([
    [
      'reception: half a day from 08:00 is due 14:00; done at 09:00 the same day is on time',
      'reception',
      { dueAt: vn('2026-03-02 14:00'), allowedWorkingMinutes: 240, usedWorkingMinutes: 60, timeliness: 'ON_TIME' },
    ],
    [
      'transfer: half a day from 09:00 is due 15:00, with no next-day rule inside the process',
      'transfer',
      { dueAt: vn('2026-03-02 15:00'), usedWorkingMinutes: 120, timeliness: 'ON_TIME' },
    ],
    [
      'appraisal: 15 days from Monday 11:00 are due Monday 23/3 11:00; done Wednesday 18/3 is early',
      'appraisal',
      { dueAt: vn('2026-03-23 11:00'), allowedWorkingMinutes: 7200, usedWorkingMinutes: 5940, timeliness: 'EARLY' },
    ],
    [
      'tax office (inter-agency): 2 days from Wednesday 16:00 are due Friday 16:00; back on Tuesday is late',
      'tax-office',
      { dueAt: vn('2026-03-20 16:00'), allowedWorkingMinutes: 960, usedWorkingMinutes: 1680, timeliness: 'LATE' },
    ],
    [
      'approval: 1 day from Tuesday 10:00 is due Wednesday 10:00; signed at 09:00 is on time',
      'approval',
      { dueAt: vn('2026-03-25 10:00'), usedWorkingMinutes: 330 + 90, timeliness: 'ON_TIME' },
    ],
    [
      'return: open and not yet due has no timeliness',
      'return',
      { dueAt: vn('2026-03-26 09:00'), finishedAt: null, usedWorkingMinutes: 300, timeliness: null },
    ],
  ])('%s', (_name, key, expected) => {
    expect(byKey(key)).toMatchObject(expected);
  });

  it('keeps the order and keys of the steps it was given', () => {
    expect(figures.map((f) => f.key)).toEqual(process.map((s) => s.key));
  });

  it('an open step past its due is late', () => {
    const later = computeSteps(weekdays, process, [], vn('2026-03-26 09:01'));
    expect(later.at(-1)).toMatchObject({ key: 'return', timeliness: 'LATE' });
  });
});

describe('pauses of the dossier during a step', () => {
  it('a pause overlapping a step pushes its due by the paused working time', () => {
    // 3 days from Monday 07:30 (due Wed 17:30); paused Tue 13:30 – Thu 13:30 (960) → due Fri 17:30.
    const [figures] = computeSteps(
      weekdays,
      [step('appraisal', days(3), '2026-03-02 07:30', '2026-03-06 10:00')],
      [{ from: vn('2026-03-03 13:30'), to: vn('2026-03-05 13:30') }],
      vn('2026-03-10 10:00'),
    );
    expect(figures).toMatchObject({
      dueAt: vn('2026-03-06 17:30'),
      allowedWorkingMinutes: 1440,
      usedWorkingMinutes: 2070 - 960,
      timeliness: 'ON_TIME',
    });
  });

  it('pauses before a step starts or after it finishes do not concern it', () => {
    const [figures] = computeSteps(
      weekdays,
      [step('reception', days(1), '2026-03-03 07:30', '2026-03-03 16:00')],
      [
        { from: vn('2026-03-02 08:00'), to: vn('2026-03-02 17:00') },
        { from: vn('2026-03-03 16:30'), to: vn('2026-03-05 10:00') },
      ],
      vn('2026-03-10 10:00'),
    );
    expect(figures).toMatchObject({ dueAt: vn('2026-03-03 17:30'), usedWorkingMinutes: 390, timeliness: 'ON_TIME' });
  });

  it('an open pause counts until now', () => {
    // 1 day from Monday 07:30; paused since Monday 13:30; now Wednesday 10:00 → 240 left from 10:00 → 16:00.
    const [figures] = computeSteps(
      weekdays,
      [step('appraisal', days(1), '2026-03-02 07:30', null)],
      [{ from: vn('2026-03-02 13:30'), to: null }],
      vn('2026-03-04 10:00'),
    );
    expect(figures).toMatchObject({ dueAt: vn('2026-03-04 16:00'), usedWorkingMinutes: 240, timeliness: null });
  });

  it('overlapping pauses count once', () => {
    // 1 day from Monday 13:30: 240 on Monday; paused Tue 07:30 – Wed 11:30 in two overlapping spans; 240 on Wednesday afternoon.
    const [figures] = computeSteps(
      weekdays,
      [step('appraisal', days(1), '2026-03-02 13:30', null)],
      [
        { from: vn('2026-03-03 07:30'), to: vn('2026-03-03 17:30') },
        { from: vn('2026-03-03 13:30'), to: vn('2026-03-04 11:30') },
      ],
      vn('2026-03-04 12:00'),
    );
    expect(figures!.dueAt).toEqual(vn('2026-03-04 17:30'));
  });
});

describe('calendar-day steps', () => {
  it('3 calendar days from Thursday end on Sunday, so the due moves to the end of Monday', () => {
    const [figures] = computeSteps(
      weekdays,
      [step('publication', { value: 3, unit: 'CALENDAR_DAY' }, '2026-03-05 10:00', null)],
      [],
      vn('2026-03-06 10:00'),
    );
    expect(figures!.dueAt).toEqual(vn('2026-03-09 17:30'));
  });
});
