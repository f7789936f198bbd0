/**
 * Seed of the civil-service calendar for 2025–2027: the public holidays of the Labour Code 2019,
 * Art. 112 (New Year 1 day; Tết 5 days; Hùng Kings 10/3 lunar; 30/4; 1/5; 2/9 and one adjacent day)
 * as the days civil servants actually stay home, plus the make-up Saturdays of the government's swaps.
 *
 * Only weekday days off and weekend working days are listed: a holiday that falls on a weekend is
 * represented by its compensatory weekday (Art. 112(3)), as an administrator would enter it.
 *
 * This is only the seed. Administrators edit the calendar each year when the government announces
 * the days (DOMAIN.md §10); nothing in the engine depends on these dates.
 *
 * How sure each line is:
 *   [A]  announced for civil servants, known with confidence (the 2025 plan as carried out).
 *   [P]  announced or proposed, read in press reports of the Ministry of Home Affairs' plan and the
 *        Government Office's approval; not read in the approving document itself.
 *   [GK] derived from the Labour Code and the lunar calendar, with the government's usual pattern
 *        assumed for the swap; replace with the announced days when they are published.
 * Lunar dates were converted with the standard new-moon algorithm for UTC+7 and cross-checked
 * against known years (Tết 2024 = 10/2/2024, Hùng Kings 2024 = 18/4/2024).
 */
import type { CalendarException, WorkingCalendar } from './calendar.js';
import { DEFAULT_CALENDAR_SETTINGS } from './calendar.js';

const off = (date: string, name: string): CalendarException => ({ date, kind: 'DAY_OFF', name });
const makeUp = (date: string, name: string): CalendarException => ({ date, kind: 'WORKING_DAY', name });

const TET = 'Nghỉ Tết Nguyên đán';
const NEW_YEAR = 'Tết Dương lịch';
const HUNG_KINGS = 'Giỗ Tổ Hùng Vương (10/3 âm lịch)';
const REUNIFICATION = 'Ngày Chiến thắng (30/4)';
const LABOUR_DAY = 'Ngày Quốc tế Lao động (1/5)';
const NATIONAL_DAY = 'Quốc khánh (2/9)';

export const VIETNAM_CIVIL_SERVICE_DAYS: CalendarException[] = [
  // ---- 2025 ----
  off('2025-01-01', NEW_YEAR), // [A] Wednesday, one day.
  // [A] Tết Ất Tỵ (new year Wed 29/1/2025): home Sat 25/1 – Sun 2/2; Friday 31/1 swapped for Saturday 8/2.
  off('2025-01-27', TET),
  off('2025-01-28', TET),
  off('2025-01-29', TET),
  off('2025-01-30', TET),
  off('2025-01-31', `${TET} (hoán đổi, làm bù thứ Bảy 08/02/2025)`),
  makeUp('2025-02-08', 'Làm bù cho thứ Sáu 31/01/2025'),
  off('2025-04-07', HUNG_KINGS), // [A] Monday 7/4/2025 = 10/3 Ất Tỵ.
  // [A] 30/4 (Wed) and 1/5 (Thu); Friday 2/5 swapped for Saturday 26/4: home 30/4 – 4/5.
  makeUp('2025-04-26', 'Làm bù cho thứ Sáu 02/05/2025'),
  off('2025-04-30', REUNIFICATION),
  off('2025-05-01', LABOUR_DAY),
  off('2025-05-02', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/04/2025)'),
  // [A] 2/9 (Tue) with Monday 1/9 as the adjacent day: home Sat 30/8 – Tue 2/9.
  off('2025-09-01', NATIONAL_DAY),
  off('2025-09-02', NATIONAL_DAY),

  // ---- 2026 ----
  // [P] 1/1 (Thu); Friday 2/1 swapped for Saturday 10/1 (Government Office letter 12729/VPCP-KGVX,
  // 25/12/2025, as reported): home 1/1 – 4/1.
  off('2026-01-01', NEW_YEAR),
  off('2026-01-02', `${NEW_YEAR} (hoán đổi, làm bù thứ Bảy 10/01/2026)`),
  makeUp('2026-01-10', 'Làm bù cho thứ Sáu 02/01/2026'),
  // [P] Tết Bính Ngọ (new year Tue 17/2/2026): home Sat 14/2 – Sun 22/2, the five Tết days on the
  // weekdays between, no swap.
  off('2026-02-16', TET),
  off('2026-02-17', TET),
  off('2026-02-18', TET),
  off('2026-02-19', TET),
  off('2026-02-20', TET),
  // [P] Hùng Kings 10/3 Bính Ngọ = Sunday 26/4/2026: compensatory day Monday 27/4 (Art. 112(3)).
  off('2026-04-27', `${HUNG_KINGS} – nghỉ bù`),
  // [GK] 30/4 (Thu) and 1/5 (Fri) need no swap: home 30/4 – 3/5.
  off('2026-04-30', REUNIFICATION),
  off('2026-05-01', LABOUR_DAY),
  // [P] 2/9 (Wed) with Tuesday 1/9; Monday 31/8 swapped for Saturday 22/8: home Sat 29/8 – Wed 2/9
  // (the Ministry of Home Affairs' plan, reported 10/2025; its approval not read).
  makeUp('2026-08-22', 'Làm bù cho thứ Hai 31/08/2026'),
  off('2026-08-31', `${NATIONAL_DAY} (hoán đổi, làm bù thứ Bảy 22/08/2026)`),
  off('2026-09-01', NATIONAL_DAY),
  off('2026-09-02', NATIONAL_DAY),

  // ---- 2027 ---- all [GK]: nothing announced yet.
  off('2027-01-01', NEW_YEAR), // Friday, one day.
  // Tết Đinh Mùi (new year Sat 6/2/2027, eve Fri 5/2): five weekdays Thu 4/2 – Wed 10/2, the pattern
  // of 2024, when the new year also fell on a Saturday (home Thu 8/2 – Wed 14/2/2024).
  off('2027-02-04', TET),
  off('2027-02-05', TET),
  off('2027-02-08', TET),
  off('2027-02-09', TET),
  off('2027-02-10', TET),
  off('2027-04-16', HUNG_KINGS), // Friday 16/4/2027 = 10/3 Đinh Mùi.
  off('2027-04-30', REUNIFICATION), // Friday.
  off('2027-05-03', `${LABOUR_DAY} – nghỉ bù`), // 1/5 is a Saturday: compensatory Monday 3/5.
  // 2/9 (Thu) with Friday 3/9 as the adjacent day, as in 2021 when 2/9 was also a Thursday.
  off('2027-09-02', NATIONAL_DAY),
  off('2027-09-03', NATIONAL_DAY),
];

/** The default settings with the seeded exceptions: a fresh, independent copy on every call. */
export function defaultVietnamCalendar(): WorkingCalendar {
  return {
    workingWeekdays: [...DEFAULT_CALENDAR_SETTINGS.workingWeekdays],
    shifts: DEFAULT_CALENDAR_SETTINGS.shifts.map((shift) => ({ ...shift })),
    receptionCutOff: DEFAULT_CALENDAR_SETTINGS.receptionCutOff,
    exceptions: VIETNAM_CIVIL_SERVICE_DAYS.map((exception) => ({ ...exception })),
  };
}
