/**
 * Processing times. Working days come in halves (the decrees speak of "0,5 ngày"), so every
 * duration is compared as a whole number of its smallest step: half-days, hours or calendar days.
 * Exact integers, so an internal process adds up to the legal time or it does not.
 */
import type { Duration, DurationUnit } from './terms.js';

const STEPS_PER_UNIT: Record<DurationUnit, number> = { WORKING_DAY: 2, CALENDAR_DAY: 1, HOUR: 1 };

/** The duration in whole steps, or null when it is not a positive whole number of them. */
export function durationSteps(duration: Duration): number | null {
  const steps = duration.value * STEPS_PER_UNIT[duration.unit];
  return Number.isInteger(steps) && steps > 0 ? steps : null;
}

export function describeDuration(duration: Duration): string {
  return `${duration.value} ${duration.unit}`;
}

/** Whole working days as the one-number summary older clients and events carry (0.5 rounds up). */
export function wholeWorkingDays(duration: Duration): number | null {
  return duration.unit === 'WORKING_DAY' ? Math.ceil(duration.value) : null;
}
