/**
 * Sổ theo dõi hồ sơ (tracking book): Mẫu 06 under Circular 01/2018, Mẫu 07 under Circular 03/2025.
 * One row per dossier received by a one-stop section over a period (DOMAIN.md §2.2), printed on
 * landscape A4 with the header rows repeated on every page, or written as a spreadsheet with the same
 * columns.
 */
import ExcelJS from 'exceljs';
import {
  SPANNED,
  formHeader,
  renderPdf,
  slipDocument,
  title,
  upper,
  type Content,
  type TableCell,
} from './document.js';
import { formatDate, nfc, vietnamTime, vietnamWallClock } from './format.js';
import { requireTemplate, type FormTemplate } from './templates.js';
import type { TrackingBookData, TrackingBookRow } from './types.js';

type Value = string | number | Date | null;

export interface TrackingBookColumn {
  /** The group heading above the column ("Ngày, tháng, năm"), if it has one. */
  group: string | null;
  header: string;
  /** Width on the landscape page, in points ('*' takes what is left). */
  pdfWidth: number | '*';
  /** Width in the spreadsheet, in characters. */
  sheetWidth: number;
  kind: 'text' | 'number' | 'date' | 'signature';
  value: (row: TrackingBookRow, index: number) => Value;
}

const DATES = 'Ngày, tháng, năm';
const RETURN = 'Trả kết quả';

const column = (
  group: string | null,
  header: string,
  pdfWidth: number | '*',
  sheetWidth: number,
  kind: TrackingBookColumn['kind'],
  value: TrackingBookColumn['value'],
): TrackingBookColumn => ({ group, header, pdfWidth, sheetWidth, kind, value });

/** The columns of the book, in order (their numbers are 1…n). Landscape A4 leaves about 120 pt for the procedure. */
export const TRACKING_BOOK_COLUMNS: readonly TrackingBookColumn[] = [
  column(null, 'STT', 16, 6, 'number', (_, i) => i + 1),
  column(null, 'Mã hồ sơ', 60, 28, 'text', (r) => r.dossierCode),
  column(null, 'Nội dung hồ sơ (thủ tục hành chính)', '*', 50, 'text', (r) => r.procedureName),
  column(null, 'Số lượng hồ sơ (bộ)', 26, 10, 'number', (r) => r.sets),
  column(null, 'Họ tên chủ hồ sơ', 62, 26, 'text', (r) => r.applicantName),
  column(null, 'Địa chỉ', 66, 36, 'text', (r) => r.applicantAddress),
  column(null, 'Số điện thoại', 44, 14, 'text', (r) => r.phone),
  column(DATES, 'Nhận hồ sơ', 44, 17, 'date', (r) => r.receivedAt),
  column(DATES, 'Hẹn trả kết quả', 44, 17, 'date', (r) => r.appointmentAt),
  column(DATES, 'Nhận kết quả từ cơ quan giải quyết', 46, 17, 'date', (r) => r.resultReceivedAt),
  column(RETURN, 'Ngày trả', 44, 17, 'date', (r) => r.returnedAt),
  column(RETURN, 'Bên giao (ký tên)', 32, 12, 'signature', () => null),
  column(RETURN, 'Bên nhận (ký tên)', 32, 12, 'signature', () => null),
  column(null, 'Người tiếp nhận', 52, 22, 'text', (r) => r.receivingOfficial),
  column(null, 'Ghi chú', 46, 24, 'text', (r) => r.note),
];

/** The heading cells of the two header rows: [group or header, header under a group]. */
function headingRuns(): { label: string; start: number; span: number; grouped: boolean }[] {
  const runs: { label: string; start: number; span: number; grouped: boolean }[] = [];
  TRACKING_BOOK_COLUMNS.forEach((column, i) => {
    const last = runs[runs.length - 1];
    if (column.group !== null && last?.grouped && last.label === column.group) last.span += 1;
    else runs.push({ label: column.group ?? column.header, start: i, span: 1, grouped: column.group !== null });
  });
  return runs;
}

export function trackingBookTitle(template: FormTemplate): string {
  return upper(template.name);
}

export function trackingBookPeriod(data: TrackingBookData): string {
  return `Từ ngày ${formatDate(data.from)} đến ngày ${formatDate(data.to)}`;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * A dossier code split after the agency's ID ("000.00.12.H37-" / "261123-0001"): a hyphen before a digit
 * is no break opportunity in Unicode line breaking, so a narrow column would otherwise cut it anywhere.
 */
function breakableCode(code: string): string {
  return code.replace(/-(?=\d{6}-\d+$)/, '-\n');
}

function pdfValue(column: TrackingBookColumn, row: TrackingBookRow, index: number): string {
  const value = column.value(row, index);
  if (value === null) return '';
  if (column.header === 'Mã hồ sơ' && typeof value === 'string') return breakableCode(value);
  if (value instanceof Date) {
    const t = vietnamTime(value);
    return `${formatDate(value)}\n${pad2(t.hour)}:${pad2(t.minute)}`;
  }
  return String(value);
}

const BOOK_GRID = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  paddingLeft: () => 2,
  paddingRight: () => 2,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

function bookTable(rows: TrackingBookRow[]): Content {
  const columns = TRACKING_BOOK_COLUMNS;
  const heading: TableCell[] = columns.map(() => SPANNED);
  const subheading: TableCell[] = columns.map(() => SPANNED);
  for (const run of headingRuns()) {
    heading[run.start] = run.grouped
      ? { text: run.label, style: 'tableHeader', colSpan: run.span }
      : { text: run.label, style: 'tableHeader', rowSpan: 2 };
    if (run.grouped) {
      for (let i = run.start; i < run.start + run.span; i++) {
        subheading[i] = { text: columns[i]!.header, style: 'tableHeader' };
      }
    }
  }
  const numbers: TableCell[] = columns.map((_, i) => ({ text: `(${i + 1})`, style: 'tableHeader', italics: true }));
  const body: TableCell[][] = [
    heading,
    subheading,
    numbers,
    ...rows.map((row, index) =>
      columns.map((column): TableCell => ({
        text: pdfValue(column, row, index),
        fontSize: 7.5,
        alignment: column.kind === 'text' ? 'left' : 'center',
      })),
    ),
  ];
  if (rows.length === 0) {
    body.push([{ text: 'Không có hồ sơ trong kỳ.', colSpan: columns.length, italics: true, fontSize: 8 }]);
    for (let i = 1; i < columns.length; i++) body[body.length - 1]!.push(SPANNED);
  }
  return {
    table: { headerRows: 3, widths: columns.map((c) => c.pdfWidth), body, dontBreakRows: true },
    layout: BOOK_GRID,
    fontSize: 7.5,
  };
}

export function trackingBookContent(data: TrackingBookData): Content[] {
  const template = requireTemplate('TRACKING_BOOK', data.header.ruleSet);
  return [
    ...formHeader(data.header, template, { dateLine: false, leftWidth: '40%' }),
    ...title(template.name, `${data.sectionName}\n${trackingBookPeriod(data)}`),
    bookTable(data.rows),
  ];
}

/** The book on landscape A4; its three header rows (headings, sub-headings, column numbers) repeat on every page. */
export async function renderTrackingBookPdf(data: TrackingBookData): Promise<Uint8Array> {
  const template = requireTemplate('TRACKING_BOOK', data.header.ruleSet);
  const doc = slipDocument({ header: data.header, template, content: trackingBookContent(data), landscape: true });
  doc.styles = { ...doc.styles, tableHeader: { fontSize: 7.5, bold: true, alignment: 'center' } };
  return renderPdf(doc);
}

/** Row numbers in the spreadsheet: the heading rows and the first row of data. */
export const TRACKING_BOOK_SHEET = { headingRow: 6, subheadingRow: 7, numberRow: 8, firstDataRow: 9 } as const;

function sheetValue(column: TrackingBookColumn, row: TrackingBookRow, index: number): ExcelJS.CellValue {
  const value = column.value(row, index);
  if (value === null) return null;
  // A spreadsheet date has no time zone: store the wall-clock time in Vietnam.
  if (value instanceof Date) return vietnamWallClock(value);
  return typeof value === 'string' ? nfc(value) : value;
}

/**
 * The book as an .xlsx workbook of one sheet: a title block, the same headings and column numbers as
 * the printed book, then one row per dossier. Dates are real date cells holding Vietnam time.
 * (The .xlsx is a zip whose entries carry the time of writing, so its bytes differ between runs; its
 * content does not.)
 */
export async function renderTrackingBookSpreadsheet(data: TrackingBookData): Promise<Uint8Array> {
  const template = requireTemplate('TRACKING_BOOK', data.header.ruleSet);
  const columns = TRACKING_BOOK_COLUMNS;
  const lastColumn = columns.length;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Motcua';
  workbook.title = nfc(template.name);
  workbook.created = data.header.issuedAt;
  workbook.modified = data.header.issuedAt;
  const sheet = workbook.addWorksheet('Sổ theo dõi hồ sơ', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', ySplit: TRACKING_BOOK_SHEET.numberRow }],
  });
  sheet.pageSetup.printTitlesRow = `${TRACKING_BOOK_SHEET.headingRow}:${TRACKING_BOOK_SHEET.numberRow}`;
  sheet.columns = columns.map((column) => ({ width: column.sheetWidth }));

  const line = (rowNumber: number, text: string, font: Partial<ExcelJS.Font>): void => {
    sheet.mergeCells(rowNumber, 1, rowNumber, lastColumn);
    const c = sheet.getCell(rowNumber, 1);
    c.value = nfc(text);
    c.font = font;
    c.alignment = { horizontal: 'center' };
  };
  line(1, `${upper(data.header.authority)} - ${upper(data.header.issuingUnit)}`, { bold: true });
  line(2, `Mẫu số ${template.number} (Ban hành kèm theo ${template.legalBasis} của Văn phòng Chính phủ)`, {
    italic: true,
    size: 9,
  });
  line(3, trackingBookTitle(template), { bold: true, size: 14 });
  line(4, data.sectionName, { italic: true });
  line(5, trackingBookPeriod(data), { italic: true });

  const { headingRow, subheadingRow, numberRow, firstDataRow } = TRACKING_BOOK_SHEET;
  const border: Partial<ExcelJS.Borders> = {
    top: { style: 'thin' },
    left: { style: 'thin' },
    bottom: { style: 'thin' },
    right: { style: 'thin' },
  };
  for (const run of headingRuns()) {
    const col = run.start + 1;
    if (run.grouped) {
      sheet.mergeCells(headingRow, col, headingRow, col + run.span - 1);
      for (let i = run.start; i < run.start + run.span; i++) {
        sheet.getCell(subheadingRow, i + 1).value = nfc(columns[i]!.header);
      }
    } else {
      sheet.mergeCells(headingRow, col, subheadingRow, col);
    }
    sheet.getCell(headingRow, col).value = nfc(run.label);
  }
  columns.forEach((_, i) => {
    sheet.getCell(numberRow, i + 1).value = `(${i + 1})`;
  });
  for (const r of [headingRow, subheadingRow, numberRow]) {
    for (let c = 1; c <= lastColumn; c++) {
      const heading = sheet.getCell(r, c);
      heading.font = { bold: r !== numberRow, italic: r === numberRow, size: 10 };
      heading.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      heading.border = border;
    }
  }

  data.rows.forEach((row, index) => {
    const r = firstDataRow + index;
    columns.forEach((column, i) => {
      const c = sheet.getCell(r, i + 1);
      c.value = sheetValue(column, row, index);
      c.border = border;
      c.alignment = { vertical: 'top', wrapText: true, horizontal: column.kind === 'text' ? 'left' : 'center' };
      if (column.kind === 'date') c.numFmt = 'dd/mm/yyyy hh:mm';
    });
  });

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as unknown as Uint8Array);
}
