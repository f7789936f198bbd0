/**
 * pdfmake wiring and the building blocks every slip shares: the administrative header (authority and
 * unit on the left, the national motto on the right, "Mẫu số NN" above), the title, labelled lines,
 * tables, signature blocks and the tracking QR code.
 *
 * Fonts: pdfmake's bundled Roboto (v3, with every Vietnamese letter), read once from the pdfmake package
 * into pdfmake's in-memory file system on the first render; after that rendering touches neither the
 * disk nor the network (both access policies refuse everything).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import pdfmake from 'pdfmake';
import type {
  Column,
  Content,
  ContentTable,
  CustomTableLayout,
  TableCell,
  TDocumentDefinitions,
  TFontFamilyTypes,
} from 'pdfmake/interfaces';
import { nfc, orBlank, placeAndDate } from './format.js';
import type { FormTemplate } from './templates.js';
import type { SlipApplicant, SlipHeader } from './types.js';

export type { Content, TableCell };

/** Our own family name, so that another user of the pdfmake singleton in the same process keeps its fonts. */
const FONT = 'MotcuaRoboto';

const FONT_FILES = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf', // pdfmake ships Medium as Roboto's bold
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
} as const;

interface VirtualFs {
  writeFileSync(name: string, content: Buffer): void;
}

let configured = false;

function configure(): void {
  if (configured) return;
  const require = createRequire(import.meta.url);
  const vfs = (pdfmake as unknown as { virtualfs: VirtualFs }).virtualfs;
  const family: TFontFamilyTypes = {};
  for (const [style, file] of Object.entries(FONT_FILES)) {
    const name = `motcua-slips/${file}`;
    vfs.writeFileSync(name, readFileSync(require.resolve(`pdfmake/fonts/Roboto/${file}`)));
    family[style as keyof typeof FONT_FILES] = name;
  }
  pdfmake.addFonts({ [FONT]: family });
  // Slips never load images, fonts or attachments from a path or a URL found in the data.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  configured = true;
}

/** Every string of a document definition in NFC; functions, dates and buffers are kept as they are. */
function normalizeStrings<T>(value: T): T {
  if (typeof value === 'string') return nfc(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => normalizeStrings(item)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalizeStrings(v)])) as T;
  }
  return value;
}

/** Lays out a document definition and returns the PDF's bytes. */
export async function renderPdf(doc: TDocumentDefinitions): Promise<Uint8Array> {
  configure();
  const buffer = await pdfmake.createPdf(normalizeStrings(doc)).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

export function upper(text: string): string {
  return nfc(text).toLocaleUpperCase('vi');
}

const A4_PORTRAIT_MARGINS: [number, number, number, number] = [62, 36, 42, 36];
const A4_LANDSCAPE_MARGINS: [number, number, number, number] = [28, 30, 28, 30];

export interface SlipDocumentOptions {
  header: SlipHeader;
  template: FormTemplate;
  content: Content[];
  landscape?: boolean;
}

/** The page, fonts and metadata of a slip; the creation date is the slip's, never the clock's. */
export function slipDocument({
  header,
  template,
  content,
  landscape = false,
}: SlipDocumentOptions): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageOrientation: landscape ? 'landscape' : 'portrait',
    pageMargins: landscape ? A4_LANDSCAPE_MARGINS : A4_PORTRAIT_MARGINS,
    info: {
      title: template.name,
      subject: `Mẫu số ${template.number} (${template.legalBasis})`,
      author: header.issuingUnit,
      creator: 'Motcua',
      producer: 'Motcua (pdfmake)',
      creationDate: header.issuedAt,
    },
    language: 'vi-VN',
    defaultStyle: { font: FONT, fontSize: 11, lineHeight: 1.2 },
    styles: {
      formNumber: { fontSize: 10, bold: true, alignment: 'right' },
      formBasis: { fontSize: 8, italics: true, alignment: 'right' },
      unit: { fontSize: 10.5, alignment: 'center' },
      motto: { fontSize: 10.5, bold: true, alignment: 'center' },
      title: { fontSize: 13, bold: true, alignment: 'center' },
      subtitle: { fontSize: 11, italics: true, alignment: 'center' },
      tableHeader: { fontSize: 9.5, bold: true, alignment: 'center' },
      tableCell: { fontSize: 9.5 },
      signTitle: { bold: true, alignment: 'center' },
      signHint: { italics: true, fontSize: 9.5, alignment: 'center' },
      signName: { bold: true, alignment: 'center' },
      small: { fontSize: 9 },
    },
    footer: (currentPage: number, pageCount: number): Content =>
      pageCount > 1
        ? { text: `Trang ${currentPage}/${pageCount}`, style: 'small', alignment: 'center', margin: [0, 12, 0, 0] }
        : '',
    content,
  };
}

/** A short centred rule under a header line, as administrative documents draw it. */
function rule(width: number): Content {
  return {
    canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.7 }],
    alignment: 'center',
    margin: [0, 3, 0, 3],
  };
}

export interface FormHeaderOptions {
  /** The number line on the left, e.g. "Số: 000.00.12.H37-261123-0001"; omitted when null. */
  numberLine?: string | null;
  /** Whether to print the place and date line on the right (the tracking book prints its period instead). */
  dateLine?: boolean;
  /** Width of the left column. */
  leftWidth?: number | string;
}

/**
 * The top of a form: "Mẫu số NN" and the circular that issued it, then authority and issuing unit
 * (Decree 30/2020 style: the authority in capitals, the unit in bold capitals, ruled) beside the
 * national motto, then the slip's number and the place and date.
 */
export function formHeader(header: SlipHeader, template: FormTemplate, options: FormHeaderOptions = {}): Content[] {
  const { numberLine = null, dateLine = true, leftWidth = '43%' } = options;
  const left: Content[] = [
    { text: upper(header.authority), style: 'unit' },
    { text: upper(header.issuingUnit), style: 'unit', bold: true },
    rule(60),
  ];
  if (numberLine) left.push({ text: numberLine, style: 'unit', margin: [0, 2, 0, 0] });
  const right: Content[] = [
    { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', style: 'motto' },
    { text: 'Độc lập - Tự do - Hạnh phúc', style: 'motto', fontSize: 11 },
    rule(150),
  ];
  if (dateLine) {
    right.push({
      text: placeAndDate(header.place, header.issuedAt),
      italics: true,
      alignment: 'center',
      margin: [0, 4, 0, 0],
    });
  }
  return [
    { text: `Mẫu số ${template.number}`, style: 'formNumber' },
    { text: `(Ban hành kèm theo ${template.legalBasis} của Văn phòng Chính phủ)`, style: 'formBasis' },
    {
      columns: [
        { width: leftWidth, stack: left },
        { width: '*', stack: right },
      ],
      columnGap: 8,
      margin: [0, 8, 0, 0],
    },
  ];
}

export function title(text: string, subtitle?: string | null): Content[] {
  const out: Content[] = [{ text: upper(text), style: 'title', margin: [0, 18, 0, subtitle ? 2 : 12] }];
  if (subtitle) out.push({ text: subtitle, style: 'subtitle', margin: [0, 0, 0, 12] });
  return out;
}

/** "Label: value" on one paragraph; the value in bold when it is what the reader looks for. */
export function field(label: string, value: string, options: { bold?: boolean } = {}): Content {
  return { text: [`${label}: `, { text: value, bold: options.bold ?? false }], margin: [0, 0, 0, 3] };
}

/** Several short "Label: value" pairs on one line ("Số điện thoại: … Email: …"). */
export function fields(pairs: [label: string, value: string][]): Content {
  return {
    columns: pairs.map(([label, value]) => ({ width: '*', text: `${label}: ${value}` })),
    columnGap: 12,
    margin: [0, 0, 0, 3],
  };
}

/** A paragraph of text, or of inline runs (`[{ text: 'a' }, { text: 'b', bold: true }]`). */
export function paragraph(text: string | Content[], margin: [number, number, number, number] = [0, 0, 0, 3]): Content {
  return { text, margin };
}

/** Thin ruled grid, the look of a table in a paper register. */
export const GRID: CustomTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

export function headerCell(text: string, extra: Partial<Record<'colSpan' | 'rowSpan', number>> = {}): TableCell {
  return { text, style: 'tableHeader', ...extra };
}

export function cell(text: string, alignment: 'left' | 'center' | 'right' = 'left'): TableCell {
  return { text, style: 'tableCell', alignment };
}

/** pdfmake wants a placeholder under a cell covered by a colSpan or rowSpan. */
export const SPANNED: TableCell = {};

export function grid(widths: (number | string)[], body: TableCell[][], headerRows: number): ContentTable {
  return {
    table: { headerRows, widths, body, dontBreakRows: true },
    layout: GRID,
    margin: [0, 2, 0, 8],
  };
}

export interface SignatureBlock {
  title: string;
  hint?: string;
  name?: string | null;
  /** A line above the title, e.g. the place and date. */
  above?: string;
}

/**
 * Signature blocks side by side: bold capitals, the hint in italics, room for the signature, the name.
 * A single block stands in the right half, as a signer's block does; `left` (a QR code, the list of
 * recipients) fills the space on its left.
 */
export function signatures(blocks: SignatureBlock[], left?: Content): Content {
  const columns: Column[] = blocks.map((block) => ({
    width: '*',
    stack: [
      ...(block.above ? [{ text: block.above, italics: true, alignment: 'center' as const }] : []),
      { text: upper(block.title), style: 'signTitle' },
      { text: block.hint ?? '(Ký và ghi rõ họ tên)', style: 'signHint' },
      { text: block.name ? block.name : ' ', style: 'signName', margin: [0, 56, 0, 0] },
    ],
  }));
  if (blocks.length === 1) columns.unshift({ width: '*', stack: left ? [left] : [] });
  else if (left) columns.unshift({ width: 86, stack: [left] });
  return { columns, columnGap: 12, margin: [0, 14, 0, 0], unbreakable: true };
}

/** The line "Tra cứu hồ sơ: <url>" that goes with the QR code; the URL is a link. */
export function trackingLine(url: string): Content {
  return {
    text: ['Tra cứu hồ sơ: ', { text: url, link: url, color: '#1a4f9c' }],
    fontSize: 9.5,
    margin: [0, 6, 0, 0],
  };
}

/** The QR code of the dossier's tracking page, captioned, to stand left of the signatures. */
export function trackingQr(url: string, alignment: 'left' | 'center' = 'center'): Content {
  return {
    stack: [
      { qr: url, fit: 72, eccLevel: 'M', alignment },
      { text: 'Quét mã để tra cứu hồ sơ', italics: true, fontSize: 7.5, alignment, margin: [0, 2, 0, 0] },
    ],
    margin: [0, 6, 0, 0],
  };
}

/** "Nơi nhận:" list at the bottom left of a letter. */
export function recipients(lines: string[]): Content {
  return {
    stack: [
      { text: 'Nơi nhận:', bold: true, italics: true, fontSize: 10 },
      ...lines.map((line) => ({ text: `- ${line}`, fontSize: 9.5 })),
    ],
    margin: [0, 4, 0, 0],
  };
}

/** The applicant lines shared by the receipt and the slips addressed to the applicant. */
export function applicantLines(applicant: SlipApplicant, lead = 'Tiếp nhận hồ sơ của'): Content[] {
  const lines: Content[] = [field(lead, applicant.name, { bold: true })];
  if (applicant.idNumber) lines.push(field('Số giấy tờ', applicant.idNumber));
  if (applicant.representative) lines.push(field('Người nộp hồ sơ (đại diện)', applicant.representative));
  lines.push(field('Địa chỉ', orBlank(applicant.address)));
  lines.push(
    fields([
      ['Số điện thoại', orBlank(applicant.phone, '…………')],
      ['Email', orBlank(applicant.email, '…………')],
    ]),
  );
  return lines;
}
