import { useTranslation } from 'react-i18next';

export type DurationUnit = 'WORKING_DAY' | 'CALENDAR_DAY' | 'HOUR';

const KEY_OF_UNIT = { WORKING_DAY: 'workingDays', CALENDAR_DAY: 'calendarDays', HOUR: 'hours' } as const;

/** A processing time as the law states it: "10 ngày làm việc", "0,5 ngày làm việc", "45 ngày". */
export function DurationText({ duration }: { duration: { value: number; unit: DurationUnit } }) {
  const { t, i18n } = useTranslation('common');
  const value = new Intl.NumberFormat(i18n.language).format(duration.value);
  // `count` picks the plural form; `replace` shows it formatted for the language (0,5 in Vietnamese).
  return <>{t(KEY_OF_UNIT[duration.unit], { count: duration.value, replace: { count: value } })}</>;
}
