import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CALENDAR_SETTINGS,
  InvalidCalendarError,
  addWorkingMinutes,
  findCalendarFaults,
  isWorkingDay,
  localDateOf,
  nextWorkingDay,
  previousWorkingDay,
  type WorkingCalendar,
} from '../src/index.js';
import { vietnam, vn, weekdays } from './support.js';

describe('working days', () => {
  it.each([
    ['a Monday is a working day', weekdays, '2026-03-02', true],
    ['a Saturday is not', weekdays, '2026-03-07', false],
    ['a Sunday is not', weekdays, '2026-03-08', false],
    ['a Tết weekday is not (Tue 17/2/2026)', vietnam, '2026-02-17', false],
    ['a make-up Saturday is (Sat 8/2/2025)', vietnam, '2025-02-08', true],
    ['the compensatory Monday of Hùng Kings on a Sunday is not (27/4/2026)', vietnam, '2026-04-27', false],
    ['an ordinary Saturday beside a make-up one is not (Sat 15/2/2025)', vietnam, '2025-02-15', false],
  ])('%s', (_name, calendar, date, expected) => {
    expect(isWorkingDay(calendar, date)).toBe(expected);
  });

  it.each([
    ['the next working day after a Friday is the Monday', weekdays, '2026-03-06', '2026-03-09'],
    ['the next working day is strictly after, even from a working day', weekdays, '2026-03-02', '2026-03-03'],
    ['the last day before Tết 2026 jumps the nine days off', vietnam, '2026-02-13', '2026-02-23'],
    ['before Tết 2025 the next working day after the break is Monday 3/2', vietnam, '2025-01-24', '2025-02-03'],
    ['a Friday before a make-up Saturday is followed by that Saturday', vietnam, '2025-02-07', '2025-02-08'],
  ])('%s', (_name, calendar, date, expected) => {
    expect(nextWorkingDay(calendar, date)).toBe(expected);
  });

  it('the previous working day before the end of Tết 2026 is Friday 13/2', () => {
    expect(previousWorkingDay(vietnam, '2026-02-23')).toBe('2026-02-13');
  });

  it.each([
    ['06:59 in Vietnam is still the local date, though UTC is on the day before', '2026-03-05 06:59', '2026-03-05'],
    ['23:59 in Vietnam is the local date, though UTC is on the same day', '2026-03-05 23:59', '2026-03-05'],
    ['00:00 in Vietnam starts the local date', '2026-03-06 00:00', '2026-03-06'],
  ])('%s', (_name, local, expected) => {
    expect(localDateOf(vn(local))).toBe(expected);
  });

  it('rejects a date that does not exist', () => {
    expect(() => isWorkingDay(weekdays, '2026-02-30')).toThrow(RangeError);
  });
});

describe('calendar faults', () => {
  const base = (patch: Partial<WorkingCalendar>): WorkingCalendar => ({ ...weekdays, ...patch });

  it('the default settings have no faults', () => {
    expect(findCalendarFaults(weekdays)).toEqual([]);
  });

  it.each<[string, Partial<WorkingCalendar>, string]>([
    ['a time that is not HH:MM', { shifts: [{ start: '07:30', end: '25:00' }] }, 'shifts[0].end'],
    ['a shift that ends before it starts', { shifts: [{ start: '13:30', end: '11:30' }] }, 'shifts[0].end'],
    [
      'overlapping shifts',
      {
        shifts: [
          { start: '07:30', end: '12:00' },
          { start: '11:30', end: '17:30' },
        ],
      },
      'shifts[1].start',
    ],
    [
      'shifts out of order',
      {
        shifts: [
          { start: '13:30', end: '17:30' },
          { start: '07:30', end: '11:30' },
        ],
      },
      'shifts[1].start',
    ],
    ['no shift at all', { shifts: [] }, 'shifts'],
    ['a weekday outside 1–7', { workingWeekdays: [0, 1, 2] }, 'workingWeekdays[0]'],
    ['a weekday listed twice', { workingWeekdays: [1, 2, 2] }, 'workingWeekdays[2]'],
    ['no working weekday', { workingWeekdays: [] }, 'workingWeekdays'],
    ['a cut-off that is not a time', { receptionCutOff: '3pm' }, 'receptionCutOff'],
    [
      'an exception date that does not exist',
      { exceptions: [{ date: '2026-02-30', kind: 'DAY_OFF', name: 'x' }] },
      'exceptions[0].date',
    ],
    [
      'the same date twice',
      {
        exceptions: [
          { date: '2026-04-30', kind: 'DAY_OFF', name: 'Ngày Chiến thắng' },
          { date: '2026-04-30', kind: 'DAY_OFF', name: 'Ngày Chiến thắng' },
        ],
      },
      'exceptions[1].date',
    ],
    [
      'a make-up WORKING_DAY on a day that already works (a Monday)',
      { exceptions: [{ date: '2026-03-02', kind: 'WORKING_DAY', name: 'Làm bù' }] },
      'exceptions[0].kind',
    ],
    [
      'a DAY_OFF on a day that is already off (Hùng Kings on Sunday 26/4/2026 instead of Monday 27/4)',
      { exceptions: [{ date: '2026-04-26', kind: 'DAY_OFF', name: 'Giỗ Tổ Hùng Vương' }] },
      'exceptions[0].kind',
    ],
    [
      'an exception without a name',
      { exceptions: [{ date: '2026-04-30', kind: 'DAY_OFF', name: ' ' }] },
      'exceptions[0].name',
    ],
  ])('reports %s', (_name, patch, path) => {
    const faults = findCalendarFaults(base(patch));
    expect(faults.map((f) => f.path)).toContain(path);
    expect(faults.every((f) => f.message.includes(' / '))).toBe(true); // Vietnamese / English
  });

  it('refuses to compute with a calendar whose shifts cannot be read, naming the fault', () => {
    const broken = base({ shifts: [{ start: '7h30', end: '11:30' }] });
    expect(() => addWorkingMinutes(broken, vn('2026-03-02 10:00'), 60)).toThrow(InvalidCalendarError);
    expect(() => addWorkingMinutes(broken, vn('2026-03-02 10:00'), 60)).toThrow(/shifts\[0\]\.start/);
  });

  it('still computes with a calendar whose faults are only untidy data (a duplicate holiday)', () => {
    const untidy = base({
      exceptions: [
        { date: '2026-03-03', kind: 'DAY_OFF', name: 'Nghỉ' },
        { date: '2026-03-03', kind: 'DAY_OFF', name: 'Nghỉ' },
      ],
    });
    expect(findCalendarFaults(untidy)).toHaveLength(1);
    expect(nextWorkingDay(untidy, '2026-03-02')).toBe('2026-03-04');
  });

  it('refuses a date that is both a day off and a working day', () => {
    const conflicting = base({
      exceptions: [
        { date: '2026-03-07', kind: 'WORKING_DAY', name: 'Làm bù' },
        { date: '2026-03-07', kind: 'DAY_OFF', name: 'Nghỉ' },
      ],
    });
    expect(() => isWorkingDay(conflicting, '2026-03-07')).toThrow(InvalidCalendarError);
  });

  it('a six-day week is only a setting: Saturday then follows Friday', () => {
    const sixDays: WorkingCalendar = {
      ...DEFAULT_CALENDAR_SETTINGS,
      workingWeekdays: [1, 2, 3, 4, 5, 6],
      exceptions: [],
    };
    expect(findCalendarFaults(sixDays)).toEqual([]);
    expect(nextWorkingDay(sixDays, '2026-03-06')).toBe('2026-03-07');
  });
});
