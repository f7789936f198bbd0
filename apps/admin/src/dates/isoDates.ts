import dayjs from 'dayjs';

/** Dates as the API sends and takes them ("2026-10-25"), in the local calendar. */
export const isoDateFormat = 'YYYY-MM-DD';

export function todayIso(): string {
  return dayjs().format(isoDateFormat);
}

/** "25/10/2026": the way dates are written in Vietnam, and readable in English too. */
export function formatDayMonthYear(iso: string): string {
  const date = dayjs(iso);
  return date.isValid() ? date.format('DD/MM/YYYY') : iso;
}

/**
 * The last day of a term of `months` months from `startsOn`, as the API counts it: a 6-month
 * term from 1 January ends on 30 June.
 */
export function lastDayOfTerm(startsOn: string, months: number): string {
  return dayjs(startsOn).add(months, 'month').subtract(1, 'day').format(isoDateFormat);
}
