/** Helpers shared by the suites: local instants written as Vietnamese wall-clock times, calendars, a seeded RNG. */
import { DEFAULT_CALENDAR_SETTINGS, defaultVietnamCalendar, type WorkingCalendar } from '../src/index.js';

/** `vn('2026-02-13 16:00')`: the instant of that wall-clock time in Vietnam (UTC+7). */
export function vn(local: string): Date {
  const match = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})(:\d{2})?$/.exec(local);
  if (!match) throw new Error(`write local times as 'YYYY-MM-DD HH:MM': ${local}`);
  return new Date(`${match[1]}T${match[2]}${match[3] ?? ':00'}+07:00`);
}

/** Monday to Friday, 07:30–11:30 and 13:30–17:30, cut-off 15:00, no holidays. */
export const weekdays: WorkingCalendar = { ...DEFAULT_CALENDAR_SETTINGS, exceptions: [] };

/** The seeded civil-service calendar of 2025–2027. */
export const vietnam: WorkingCalendar = defaultVietnamCalendar();

/** A small deterministic generator (mulberry32), so the property checks run the same every time. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
