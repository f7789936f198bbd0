/** Calendar dates as the decree counts them: YYYY-MM-DD in Vietnam (UTC+7, no daylight saving). */
export { isCalendarDate, vietnamToday } from '@motcua/subgraph-kit';

/** Inclusive periods [a, b] and [c, d] share at least one day. ISO dates compare as strings. */
export function periodsOverlap(
  a: { startsOn: string; endsOn: string },
  b: { startsOn: string; endsOn: string },
): boolean {
  return a.startsOn <= b.endsOn && b.startsOn <= a.endsOn;
}
