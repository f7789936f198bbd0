import '@mantine/dates/styles.css';
import 'dayjs/locale/vi';
import type { ReactNode } from 'react';
import { DatesProvider } from '@mantine/dates';
import { useTranslation } from 'react-i18next';

/**
 * Date pickers in the chosen language: Vietnamese month and day names, weeks from Monday as on
 * Vietnamese calendars, and dd/mm/yyyy as staff write dates.
 */
export function ConsoleDatesProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage === 'en' ? 'en' : 'vi';
  return <DatesProvider settings={{ locale, firstDayOfWeek: 1 }}>{children}</DatesProvider>;
}
