import type { TFunction } from 'i18next';
import type { ClockState } from '@motcua/graphql-client';

/** A working day is 8 working hours (DOMAIN.md §1.4), as the API counts its minutes. */
const minutesPerWorkingDay = 8 * 60;

/** "2 ngày 3 giờ", "45 phút": working time in the largest two units that say something. */
export function workingTimeInWords(t: TFunction, minutes: number): string {
  const days = Math.floor(minutes / minutesPerWorkingDay);
  const hours = Math.floor((minutes % minutesPerWorkingDay) / 60);
  const parts: string[] = [];
  if (days > 0) parts.push(t('dossier.remaining.days', { count: days }));
  if (hours > 0) parts.push(t('dossier.remaining.hours', { count: hours }));
  if (parts.length === 0) parts.push(t('dossier.remaining.minutes', { count: minutes % 60 }));
  return `${parts.join(' ')} ${t('dossier.remaining.workingSuffix')}`;
}

/**
 * What is left of a dossier's processing time, in words: "Còn 2 ngày 3 giờ làm việc", "Quá hạn 1 ngày
 * làm việc", or what the clock is doing when it does not run.
 */
export function remainingInWords(
  t: TFunction,
  deadline: { state: ClockState; remainingWorkingMinutes: number; timeliness?: string | null },
): string {
  if (deadline.state === 'PAUSED') return t('dossier.remaining.paused');
  if (deadline.state === 'FINISHED') return t('dossier.remaining.finished');
  if (deadline.state === 'NOT_STARTED') return t('dossier.remaining.notStarted');
  const minutes = deadline.remainingWorkingMinutes;
  if (minutes < 0 || deadline.timeliness === 'LATE') {
    return t('dossier.remaining.over', { time: workingTimeInWords(t, Math.abs(minutes)) });
  }
  return t('dossier.remaining.left', { time: workingTimeInWords(t, minutes) });
}
