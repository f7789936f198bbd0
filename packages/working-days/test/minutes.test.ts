import { describe, expect, it } from 'vitest';
import {
  addWorkingMinutes,
  isWorkingDay,
  localDateOf,
  workingMinutesBetween,
  workingMinutesPerDay,
  type WorkingCalendar,
} from '../src/index.js';
import { seededRandom, vietnam, vn, weekdays } from './support.js';

describe('working minutes between two instants', () => {
  it.each([
    ['inside one day, across the lunch break', weekdays, '2026-03-02 10:00', '2026-03-02 16:00', 90 + 150],
    ['across a weekend', weekdays, '2026-03-06 16:00', '2026-03-09 09:00', 90 + 90],
    ['across the nine days of Tết 2026', vietnam, '2026-02-13 17:00', '2026-02-23 08:00', 30 + 30],
    [
      'across a make-up Saturday (8/2/2025 counts in full)',
      vietnam,
      '2025-02-07 17:00',
      '2025-02-10 08:00',
      30 + 480 + 30,
    ],
    ['none inside the lunch break', weekdays, '2026-03-02 11:45', '2026-03-02 13:15', 0],
    ['negative when the end comes first', weekdays, '2026-03-02 16:00', '2026-03-02 10:00', -240],
  ])('%s', (_name, calendar, from, to, expected) => {
    expect(workingMinutesBetween(calendar, vn(from), vn(to))).toBe(expected);
  });

  it('a day holds the minutes of its shifts (8 hours by default)', () => {
    expect(workingMinutesPerDay(weekdays)).toBe(480);
  });
});

describe('adding working minutes', () => {
  it.each([
    [
      'landing exactly on a shift end returns that end, not the next shift start',
      '2026-03-02 10:00',
      90,
      '2026-03-02 11:30',
    ],
    ['one minute more goes into the afternoon shift', '2026-03-02 10:00', 91, '2026-03-02 13:31'],
    ['from the lunch break, counting starts with the afternoon shift', '2026-03-02 12:00', 60, '2026-03-02 14:30'],
    ['from Friday evening work resumes on Monday', '2026-03-06 17:00', 60, '2026-03-09 08:00'],
    [
      'using up Friday exactly ends on Friday at 17:30, not on Monday at 07:30',
      '2026-03-06 17:00',
      30,
      '2026-03-06 17:30',
    ],
    ['zero minutes leave the instant as it is, even on a Saturday', '2026-03-07 10:00', 0, '2026-03-07 10:00'],
    ['backwards within the morning', '2026-03-02 13:30', -60, '2026-03-02 10:30'],
    ['backwards from Monday morning to Friday afternoon', '2026-03-09 07:30', -60, '2026-03-06 16:30'],
    ['backwards landing on a shift start returns that start', '2026-03-02 14:30', -60, '2026-03-02 13:30'],
  ])('%s', (_name, from, minutes, expected) => {
    expect(addWorkingMinutes(weekdays, vn(from), minutes)).toEqual(vn(expected));
  });

  it('jumps Tết 2026: from Friday 13/2 16:30, 60 minutes end at 17:30 that day and 61 on Monday 23/2 at 07:31', () => {
    expect(addWorkingMinutes(vietnam, vn('2026-02-13 16:30'), 60)).toEqual(vn('2026-02-13 17:30'));
    expect(addWorkingMinutes(vietnam, vn('2026-02-13 16:30'), 61)).toEqual(vn('2026-02-23 07:31'));
  });

  it('rejects a number of minutes that is not finite', () => {
    expect(() => addWorkingMinutes(weekdays, vn('2026-03-02 10:00'), Number.NaN)).toThrow(RangeError);
  });
});

describe('properties over many random instants (fixed seed)', () => {
  const random = seededRandom(20260213);
  const from2025 = vn('2025-01-01 00:00').getTime();
  const span = vn('2027-12-01 00:00').getTime() - from2025;
  // Whole minutes, as reception moments are recorded.
  const randomInstant = () => new Date(from2025 + Math.floor((random() * span) / 60_000) * 60_000);
  const cases = Array.from({ length: 400 }, () => ({
    from: randomInstant(),
    minutes: Math.floor(random() * 6000),
    more: 1 + Math.floor(random() * 3000),
  }));

  it('addWorkingMinutes then workingMinutesBetween gives the minutes back', () => {
    for (const { from, minutes } of cases) {
      expect(workingMinutesBetween(vietnam, from, addWorkingMinutes(vietnam, from, minutes))).toBe(minutes);
    }
  });

  it('counting backwards then forwards gives the minutes back', () => {
    for (const { from, minutes } of cases) {
      expect(workingMinutesBetween(vietnam, addWorkingMinutes(vietnam, from, -minutes), from)).toBe(minutes);
    }
  });

  it('a positive count always ends inside a shift of a working day or exactly at its end', () => {
    const shiftOf = (calendar: WorkingCalendar, instant: Date) => {
      const local = new Date(instant.getTime() + 7 * 3_600_000);
      const minute = local.getUTCHours() * 60 + local.getUTCMinutes();
      return calendar.shifts.some((s) => {
        const [sh, sm] = s.start.split(':').map(Number) as [number, number];
        const [eh, em] = s.end.split(':').map(Number) as [number, number];
        return minute > sh * 60 + sm && minute <= eh * 60 + em;
      });
    };
    for (const { from, more } of cases) {
      const end = addWorkingMinutes(vietnam, from, more);
      expect(isWorkingDay(vietnam, localDateOf(end))).toBe(true);
      expect(shiftOf(vietnam, end)).toBe(true);
    }
  });

  it('adding in two steps lands where adding the sum does', () => {
    for (const { from, minutes, more } of cases) {
      if (minutes === 0) continue;
      const twoSteps = addWorkingMinutes(vietnam, addWorkingMinutes(vietnam, from, minutes), more);
      expect(twoSteps).toEqual(addWorkingMinutes(vietnam, from, minutes + more));
    }
  });
});
