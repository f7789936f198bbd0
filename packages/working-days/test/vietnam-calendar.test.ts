import { describe, expect, it } from 'vitest';
import {
  VIETNAM_CIVIL_SERVICE_DAYS,
  defaultVietnamCalendar,
  findCalendarFaults,
  isoWeekdayOf,
  isWorkingDay,
} from '../src/index.js';

describe('the seeded civil-service calendar 2025–2027', () => {
  it('passes the calendar checks', () => {
    expect(findCalendarFaults(defaultVietnamCalendar())).toEqual([]);
  });

  it('puts every day off on a weekday and every make-up day on a weekend', () => {
    const wrong = VIETNAM_CIVIL_SERVICE_DAYS.filter((e) =>
      e.kind === 'DAY_OFF' ? isoWeekdayOf(e.date) > 5 : isoWeekdayOf(e.date) <= 5,
    );
    expect(wrong).toEqual([]);
  });

  it.each([2025, 2026, 2027])(
    '%i has New Year, five Tết weekdays, Hùng Kings, 30/4, 1/5 and two National Days',
    (year) => {
      const ofYear = VIETNAM_CIVIL_SERVICE_DAYS.filter((e) => e.date.startsWith(`${year}-`) && e.kind === 'DAY_OFF');
      const named = (word: string) => ofYear.filter((e) => e.name.includes(word)).length;
      expect(named('Tết Dương lịch')).toBeGreaterThanOrEqual(1);
      expect(named('Tết Nguyên đán')).toBe(5);
      expect(named('Hùng Vương')).toBe(1);
      expect(named('30/4')).toBe(1);
      expect(named('1/5')).toBe(1);
      expect(named('Quốc khánh')).toBeGreaterThanOrEqual(2);
    },
  );

  it.each([
    ['Tết 2025 swaps Friday 31/1 for the make-up Saturday 8/2', '2025-01-31', false, '2025-02-08', true],
    ['30/4 2025 swaps Friday 2/5 for the make-up Saturday 26/4', '2025-05-02', false, '2025-04-26', true],
    ['New Year 2026 swaps Friday 2/1 for the make-up Saturday 10/1', '2026-01-02', false, '2026-01-10', true],
    ['National Day 2026 swaps Monday 31/8 for the make-up Saturday 22/8', '2026-08-31', false, '2026-08-22', true],
    ['Hùng Kings 2026 on a Sunday gives Monday 27/4 off; Tuesday 28/4 works', '2026-04-27', false, '2026-04-28', true],
  ])('%s', (_name, offDate, offWorks, workDate, workWorks) => {
    const calendar = defaultVietnamCalendar();
    expect(isWorkingDay(calendar, offDate)).toBe(offWorks);
    expect(isWorkingDay(calendar, workDate)).toBe(workWorks);
  });

  it('hands out an independent copy each time, so one centre’s edits do not leak into another', () => {
    const first = defaultVietnamCalendar();
    first.exceptions[0]!.name = 'edited';
    expect(defaultVietnamCalendar().exceptions[0]!.name).not.toBe('edited');
    expect(VIETNAM_CIVIL_SERVICE_DAYS[0]!.name).not.toBe('edited');
  });
});
