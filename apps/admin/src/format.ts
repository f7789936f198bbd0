export { formatDateTime } from '@motcua/ui';

/** A day as staff read it in the chosen language: "25 thg 10, 2026" or "25 Oct 2026". */
export function formatDate(value: string, language: string | undefined): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'vi-VN', { dateStyle: 'medium' }).format(date);
}
