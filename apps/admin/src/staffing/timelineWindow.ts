import dayjs from 'dayjs';
import { isoDateFormat } from '../dates/isoDates';

/** Twelve whole months around today: five before this month, this month, six after. */
export interface TimelineWindow {
  from: string;
  /** The last day shown. */
  to: string;
  months: { key: string; start: string }[];
}

export function timelineWindowAround(today: string): TimelineWindow {
  const first = dayjs(today).startOf('month').subtract(5, 'month');
  const months = Array.from({ length: 12 }, (_, index) => {
    const start = first.add(index, 'month');
    return { key: start.format('YYYY-MM'), start: start.format(isoDateFormat) };
  });
  return {
    from: first.format(isoDateFormat),
    to: first.add(12, 'month').subtract(1, 'day').format(isoDateFormat),
    months,
  };
}

function daysBetween(from: string, to: string): number {
  return dayjs(to).diff(dayjs(from), 'day');
}

/**
 * Where a period sits on the window, in percent of its width, clipped to the window; null when
 * it lies wholly outside. The end day counts in full, so a bar reaches the end of its last day.
 */
export function placeOnWindow(
  window: TimelineWindow,
  startsOn: string,
  endsOn: string,
): { left: number; width: number } | null {
  if (endsOn < window.from || startsOn > window.to) return null;
  const total = daysBetween(window.from, window.to) + 1;
  const start = Math.max(0, daysBetween(window.from, startsOn));
  const end = Math.min(total, daysBetween(window.from, endsOn) + 1);
  return { left: (start / total) * 100, width: Math.max(((end - start) / total) * 100, 0.5) };
}
