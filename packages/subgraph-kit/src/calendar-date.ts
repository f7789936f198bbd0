/** Calendar dates as the decree counts them: YYYY-MM-DD in Vietnam (UTC+7, no daylight saving). */
import { format, isValid, parseISO } from 'date-fns';

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

export function vietnamToday(now: Date = new Date()): string {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

export function isCalendarDate(value: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(value) && isValid(parseISO(value)) && format(parseISO(value), 'yyyy-MM-dd') === value
  );
}
