/**
 * Small pure helpers that turn dates, durations and codes into the words printed on the slips.
 * Every date is shown in Vietnam time (Asia/Ho_Chi_Minh, UTC+7, no daylight saving), computed with a
 * fixed offset so that the machine's time zone never matters.
 */

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

export interface VietnamTime {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
}

export function vietnamTime(at: Date): VietnamTime {
  if (Number.isNaN(at.getTime())) throw new RangeError('invalid date');
  const local = new Date(at.getTime() + VIETNAM_OFFSET_MS);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
  };
}

/**
 * The same wall-clock time in Vietnam as a Date whose UTC fields carry it: what a spreadsheet cell
 * (which has no time zone) must hold to show the Vietnamese time.
 */
export function vietnamWallClock(at: Date): Date {
  return new Date(at.getTime() + VIETNAM_OFFSET_MS);
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** "24/11/2026" */
export function formatDate(at: Date): string {
  const t = vietnamTime(at);
  return `${pad2(t.day)}/${pad2(t.month)}/${t.year}`;
}

/** "10 giờ 30 phút" */
export function formatTime(at: Date): string {
  const t = vietnamTime(at);
  return `${pad2(t.hour)} giờ ${pad2(t.minute)} phút`;
}

/** "10 giờ 30 phút, ngày 24/11/2026" */
export function formatDateTime(at: Date): string {
  return `${formatTime(at)}, ngày ${formatDate(at)}`;
}

/** "24/11/2026 10:30", for table cells. */
export function formatShortDateTime(at: Date): string {
  const t = vietnamTime(at);
  return `${formatDate(at)} ${pad2(t.hour)}:${pad2(t.minute)}`;
}

/**
 * "ngày 05 tháng 02 năm 2026", "ngày 23 tháng 11 năm 2026": administrative documents write a zero
 * before a day below 10 and a month below 3 (Decree 30/2020/NĐ-CP, Appendix I).
 */
export function formatLongDate(at: Date): string {
  const t = vietnamTime(at);
  const month = t.month < 3 ? pad2(t.month) : String(t.month);
  return `ngày ${pad2(t.day)} tháng ${month} năm ${t.year}`;
}

/** "Kiên Giang, ngày 23 tháng 11 năm 2026" */
export function placeAndDate(place: string, at: Date): string {
  return `${place}, ${formatLongDate(at)}`;
}

/** A decimal number the Vietnamese way: "2,5", "15", "1.250". */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const [int = '0', frac] = String(Math.round(Math.abs(value) * 100) / 100).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${value < 0 ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

export type ProcessingTimeUnit = 'WORKING_DAY' | 'CALENDAR_DAY' | 'HOUR';

const UNIT_WORDS: Record<ProcessingTimeUnit, string> = {
  WORKING_DAY: 'ngày làm việc',
  CALENDAR_DAY: 'ngày',
  HOUR: 'giờ làm việc',
};

/** "15 ngày làm việc", "2,5 ngày làm việc", "4 giờ làm việc", "30 ngày" */
export function formatProcessingTime(time: { value: number; unit: ProcessingTimeUnit }): string {
  return `${formatNumber(time.value)} ${UNIT_WORDS[time.unit]}`;
}

/** Two digits at least, as the forms write counts of sets: "01 bộ". */
export function formatCount(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < 10 ? pad2(n) : formatNumber(n);
}

export type Timeliness = 'EARLY' | 'ON_TIME' | 'LATE';

export const TIMELINESS_WORDS: Record<Timeliness, string> = {
  EARLY: 'Trước hạn',
  ON_TIME: 'Đúng hạn',
  LATE: 'Quá hạn',
};

export function formatTimeliness(result: Timeliness | null): string {
  return result === null ? '' : TIMELINESS_WORDS[result];
}

export type Channel = 'IN_PERSON' | 'ONLINE' | 'POSTAL';

export const CHANNEL_WORDS: Record<Channel, string> = {
  IN_PERSON: 'Trực tiếp',
  ONLINE: 'Trực tuyến',
  POSTAL: 'Qua dịch vụ bưu chính công ích',
};

export type ReturnMethod = 'AT_COUNTER' | 'POSTAL' | 'ONLINE';

export const RETURN_METHOD_WORDS: Record<ReturnMethod, string> = {
  AT_COUNTER: 'Nhận trực tiếp',
  POSTAL: 'Qua dịch vụ bưu chính công ích',
  ONLINE: 'Trực tuyến',
};

/** A value or the dotted blank that a paper form leaves for the pen. */
export function orBlank(value: string | null | undefined, blank = '……………………'): string {
  const trimmed = value?.trim();
  return trimmed ? trimmed : blank;
}

/**
 * Unicode NFC. Vietnamese typed on some keyboards arrives decomposed (a + combining marks); the
 * font's glyphs and the PDF's text layer want the precomposed letters ("ấ", not "â" + "́").
 */
export function nfc(text: string): string {
  return text.normalize('NFC');
}
