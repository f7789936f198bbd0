import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CALENDAR_SETTINGS,
  addDuration,
  clockStart,
  durationInWorkingMinutes,
  effectiveReceptionDate,
  type Duration,
  type WorkingCalendar,
} from '../src/index.js';
import { vietnam, vn, weekdays } from './support.js';

/** Due of a dossier received at `received`: normalise like a reception, then add the budget. */
const dueOf = (calendar: WorkingCalendar, received: string, duration: Duration) =>
  addDuration(calendar, clockStart(calendar, vn(received), duration.unit), duration);

const days = (value: number): Duration => ({ value, unit: 'WORKING_DAY' });
const hours = (value: number): Duration => ({ value, unit: 'HOUR' });
const calendarDays = (value: number): Duration => ({ value, unit: 'CALENDAR_DAY' });

describe('working-day processing times', () => {
  it.each<[string, WorkingCalendar, string, Duration, string, string]>([
    // name, calendar, received, duration, count starts, due
    [
      'received Monday 10:00, 3 days: Tuesday to Thursday',
      weekdays,
      '2026-03-02 10:00',
      days(3),
      '2026-03-03 07:30',
      '2026-03-05 17:30',
    ],
    [
      'received Monday 14:59, just before the cut-off: same as the morning',
      weekdays,
      '2026-03-02 14:59',
      days(3),
      '2026-03-03 07:30',
      '2026-03-05 17:30',
    ],
    [
      'received Monday 15:00, at the cut-off: counts as Tuesday, due Friday',
      weekdays,
      '2026-03-02 15:00',
      days(3),
      '2026-03-04 07:30',
      '2026-03-06 17:30',
    ],
    [
      'received Monday 16:00, after the cut-off: due Friday at the end of the day',
      weekdays,
      '2026-03-02 16:00',
      days(3),
      '2026-03-04 07:30',
      '2026-03-06 17:30',
    ],
    [
      'received Monday 06:30, before opening: counts as Monday',
      weekdays,
      '2026-03-02 06:30',
      days(1),
      '2026-03-03 07:30',
      '2026-03-03 17:30',
    ],
    [
      'received Thursday 10:00, 3 days cross the weekend',
      weekdays,
      '2026-03-05 10:00',
      days(3),
      '2026-03-06 07:30',
      '2026-03-10 17:30',
    ],
    [
      'received Friday 16:00 after the cut-off: counts as Monday, starts Tuesday',
      weekdays,
      '2026-03-06 16:00',
      days(1),
      '2026-03-10 07:30',
      '2026-03-10 17:30',
    ],
    [
      'received on a Saturday: counts as Monday, starts Tuesday',
      weekdays,
      '2026-03-07 09:00',
      days(1),
      '2026-03-10 07:30',
      '2026-03-10 17:30',
    ],
    [
      'received on a holiday (30/4/2026): counts as Monday 4/5, starts Tuesday 5/5',
      vietnam,
      '2026-04-30 09:00',
      days(2),
      '2026-05-05 07:30',
      '2026-05-06 17:30',
    ],
    [
      'received on the compensatory Monday 27/4/2026: starts Wednesday, then jumps 30/4–3/5',
      vietnam,
      '2026-04-27 10:00',
      days(2),
      '2026-04-29 07:30',
      '2026-05-04 17:30',
    ],
    [
      'received before Tết 2026: 2 days are Friday 13/2 and Monday 23/2',
      vietnam,
      '2026-02-12 10:00',
      days(2),
      '2026-02-13 07:30',
      '2026-02-23 17:30',
    ],
    [
      'received before Tết 2025: the make-up Saturday 8/2 is the 7th day',
      vietnam,
      '2025-01-23 10:00',
      days(7),
      '2025-01-24 07:30',
      '2025-02-08 17:30',
    ],
    [
      'received Wednesday 5/2/2025: 3 days end on the make-up Saturday',
      vietnam,
      '2025-02-05 14:00',
      days(3),
      '2025-02-06 07:30',
      '2025-02-08 17:30',
    ],
    [
      'received Friday 7/2/2025 after the cut-off: counts as the make-up Saturday, starts Monday',
      vietnam,
      '2025-02-07 16:00',
      days(1),
      '2025-02-10 07:30',
      '2025-02-10 17:30',
    ],
    [
      '2.5 days from a Wednesday start: due Friday at the end of the morning shift',
      weekdays,
      '2026-03-03 10:00',
      days(2.5),
      '2026-03-04 07:30',
      '2026-03-06 11:30',
    ],
    [
      'half a day: due at the end of the morning shift',
      weekdays,
      '2026-03-02 10:00',
      days(0.5),
      '2026-03-03 07:30',
      '2026-03-03 11:30',
    ],
  ])('%s', (_name, calendar, received, duration, start, due) => {
    expect(clockStart(calendar, vn(received), duration.unit)).toEqual(vn(start));
    expect(dueOf(calendar, received, duration)).toEqual(vn(due));
  });

  it('half a day is half the minutes of the day, not a shift, when the shifts differ', () => {
    const shortAfternoon: WorkingCalendar = {
      ...DEFAULT_CALENDAR_SETTINGS,
      shifts: [
        { start: '07:30', end: '11:30' },
        { start: '13:00', end: '16:00' },
      ],
      exceptions: [],
    };
    expect(durationInWorkingMinutes(shortAfternoon, days(0.5))).toBe(210);
    expect(dueOf(shortAfternoon, '2026-03-02 10:00', days(0.5))).toEqual(vn('2026-03-03 11:00'));
  });

  it('the effective reception date of a dossier received after the cut-off on a Friday is the Monday', () => {
    expect(effectiveReceptionDate(weekdays, vn('2026-03-06 15:30'))).toBe('2026-03-09');
  });
});

describe('hour processing times', () => {
  it.each([
    ['4 hours from Monday 10:00 cross the lunch break', '2026-03-02 10:00', 4, '2026-03-02 10:00', '2026-03-02 16:00'],
    [
      'hours know no cut-off: 2 hours from 16:30 end Tuesday 08:30',
      '2026-03-02 16:30',
      2,
      '2026-03-02 16:30',
      '2026-03-03 08:30',
    ],
    ['8 hours from Friday 16:00 cross the weekend', '2026-03-06 16:00', 8, '2026-03-06 16:00', '2026-03-09 16:00'],
    [
      'received during lunch: the count starts with the afternoon shift',
      '2026-03-02 12:00',
      1,
      '2026-03-02 13:30',
      '2026-03-02 14:30',
    ],
    [
      'received on a Saturday: the count starts Monday 07:30',
      '2026-03-07 10:00',
      1,
      '2026-03-09 07:30',
      '2026-03-09 08:30',
    ],
    [
      'received exactly at a shift end: the count starts with the next shift',
      '2026-03-02 11:30',
      1,
      '2026-03-02 13:30',
      '2026-03-02 14:30',
    ],
  ])('%s', (_name, received, value, start, due) => {
    expect(clockStart(weekdays, vn(received), 'HOUR')).toEqual(vn(start));
    expect(dueOf(weekdays, received, hours(value))).toEqual(vn(due));
  });

  it('an hour is 60 working minutes whatever the shifts', () => {
    expect(durationInWorkingMinutes(weekdays, hours(3))).toBe(180);
  });
});

describe('calendar-day processing times', () => {
  it.each([
    [
      '3 days from Monday: day 3 is Thursday, due at its close',
      weekdays,
      '2026-03-02 10:00',
      3,
      '2026-03-03 07:30',
      '2026-03-05 17:30',
    ],
    [
      '5 days ending on a Saturday move to the end of Monday',
      weekdays,
      '2026-03-02 10:00',
      5,
      '2026-03-03 07:30',
      '2026-03-09 17:30',
    ],
    [
      '6 days ending on the 30/4/2026 holiday move to Monday 4/5',
      vietnam,
      '2026-04-24 10:00',
      6,
      '2026-04-25 07:30',
      '2026-05-04 17:30',
    ],
    [
      'after the cut-off the reception counts the next working day, so day 1 is Wednesday',
      weekdays,
      '2026-03-02 16:00',
      3,
      '2026-03-04 07:30',
      '2026-03-06 17:30',
    ],
  ])('%s', (_name, calendar, received, value, start, due) => {
    expect(clockStart(calendar, vn(received), 'CALENDAR_DAY')).toEqual(vn(start));
    expect(dueOf(calendar, received, calendarDays(value))).toEqual(vn(due));
  });

  it('calendar days are not a measure of working time', () => {
    expect(() => durationInWorkingMinutes(weekdays, calendarDays(3))).toThrow(RangeError);
  });

  it('calendar days come whole', () => {
    expect(() => addDuration(weekdays, vn('2026-03-03 07:30'), calendarDays(1.5))).toThrow(RangeError);
  });
});
