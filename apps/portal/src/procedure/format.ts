import { useTranslation } from 'react-i18next';

/**
 * Money and dates as the reader's language writes them: "200.000 ₫" and "25/10/2026" in
 * Vietnamese, "₫200,000" and "October 25, 2026" in English (spelt out: 10/25 or 25/10 is ambiguous).
 */
export function useFormatters() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const money = new Intl.NumberFormat(language, { style: 'currency', currency: 'VND', maximumFractionDigits: 0 });
  // A Date scalar ("2026-10-25") is a calendar day, not an instant: format it in UTC so no time
  // zone moves it to the day before.
  const day = new Intl.DateTimeFormat(
    language,
    language === 'vi'
      ? { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }
      : { dateStyle: 'long', timeZone: 'UTC' },
  );
  return {
    vnd: (amount: number) => money.format(amount),
    date: (isoDay: string) => day.format(new Date(`${isoDay}T00:00:00Z`)),
  };
}
