import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

export type DurationUnit = 'WORKING_DAY' | 'CALENDAR_DAY' | 'HOUR';

const KEY_OF_UNIT = { WORKING_DAY: 'workingDays', CALENDAR_DAY: 'calendarDays', HOUR: 'hours' } as const;

/**
 * A processing time as the law states it, for text that is not an element (a sentence, a label):
 * "10 ngày làm việc", "0,5 ngày làm việc", "45 ngày". `t` must be of the "common" namespace.
 */
export function formatDuration(
  t: TFunction<'common'>,
  language: string,
  duration: { value: number; unit: DurationUnit },
): string {
  const value = new Intl.NumberFormat(language).format(duration.value);
  // `count` picks the plural form; `replace` shows it formatted for the language (0,5 in Vietnamese).
  return t(KEY_OF_UNIT[duration.unit], { count: duration.value, replace: { count: value } });
}

/** A processing time as the law states it: "10 ngày làm việc", "0,5 ngày làm việc", "45 ngày". */
export function DurationText({ duration }: { duration: { value: number; unit: DurationUnit } }) {
  const { t, i18n } = useTranslation('common');
  return <>{formatDuration(t, i18n.language, duration)}</>;
}

/** `formatDuration` bound to the current language, for components that build sentences. */
export function useFormatDuration(): (duration: { value: number; unit: DurationUnit }) => string {
  const { t, i18n } = useTranslation('common');
  return (duration) => formatDuration(t, i18n.language, duration);
}
