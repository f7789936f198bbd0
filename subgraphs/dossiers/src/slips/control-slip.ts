/**
 * Phiếu kiểm soát quá trình giải quyết hồ sơ (processing control slip): Mẫu 05 under Circular 01/2018,
 * Mẫu 06 under Circular 03/2025. It travels with the dossier; each handover between units is a row,
 * signed by the giver and the receiver, with the step's timeliness (DOMAIN.md §1.6, §2.2).
 */
import {
  SPANNED,
  cell,
  field,
  formHeader,
  grid,
  headerCell,
  renderPdf,
  slipDocument,
  title,
  trackingLine,
  trackingQr,
  type Content,
  type TableCell,
} from './document.js';
import { formatDateTime, formatTimeliness } from './format.js';
import { requireTemplate } from './templates.js';
import type { ControlSlipData, ControlSlipRow } from './types.js';

function handoverRow(row: ControlSlipRow, index: number): TableCell[] {
  return [
    {
      stack: [
        { text: [`${index + 1}. Giao: `, { text: row.giver, bold: true }] },
        { text: ['Nhận: ', { text: row.receiver, bold: true }], margin: [10, 2, 0, 0] },
      ],
      style: 'tableCell',
    },
    cell(formatDateTime(row.handedOverAt), 'center'),
    cell(row.giverName ?? '', 'center'),
    cell(row.receiverName ?? '', 'center'),
    cell(formatTimeliness(row.result), 'center'),
    cell(row.note ?? ''),
  ];
}

function handoverTable(rows: ControlSlipRow[]): Content {
  const body: TableCell[][] = [
    [
      headerCell('TÊN CƠ QUAN, ĐƠN VỊ', { rowSpan: 2 }),
      headerCell('THỜI GIAN GIAO, NHẬN HỒ SƠ', { rowSpan: 2 }),
      headerCell('KÝ TÊN', { colSpan: 2 }),
      SPANNED,
      headerCell('KẾT QUẢ GIẢI QUYẾT HỒ SƠ', { rowSpan: 2 }),
      headerCell('GHI CHÚ', { rowSpan: 2 }),
    ],
    [SPANNED, SPANNED, headerCell('Người giao'), headerCell('Người nhận'), SPANNED, SPANNED],
    ...rows.map(handoverRow),
  ];
  // Blank rows for the handovers still to come, to be filled in by hand.
  for (let i = rows.length; i < 3; i++) {
    body.push([
      { stack: [{ text: `${i + 1}. Giao:` }, { text: 'Nhận:', margin: [10, 2, 0, 0] }], style: 'tableCell' },
      cell('…… giờ …… phút, ngày …/…/……', 'center'),
      cell(''),
      cell(''),
      cell(''),
      cell(''),
    ]);
  }
  return grid(['*', 74, 62, 62, 56, 58], body, 2);
}

export function controlSlipContent(data: ControlSlipData): Content[] {
  const template = requireTemplate('CONTROL_SLIP', data.header.ruleSet);
  return [
    ...formHeader(data.header, template),
    ...title(template.name, `Mã hồ sơ: ${data.dossierCode}`),
    field('Kèm theo hồ sơ của', data.applicantName, { bold: true }),
    field('Nội dung yêu cầu giải quyết', data.procedureName),
    field('Giấy tiếp nhận hồ sơ và hẹn trả kết quả số', data.dossierCode),
    field('Thời gian nhận hồ sơ', formatDateTime(data.receivedAt)),
    field('Thời gian hẹn trả kết quả', formatDateTime(data.appointmentAt), { bold: true }),
    { text: '', margin: [0, 4, 0, 0] },
    handoverTable(data.rows),
    { text: 'Kết quả giải quyết hồ sơ ghi: Trước hạn / Đúng hạn / Quá hạn.', italics: true, fontSize: 9 },
    {
      columns: [
        { width: 86, stack: [trackingQr(data.trackingUrl)] },
        { width: '*', stack: [trackingLine(data.trackingUrl)], margin: [0, 24, 0, 0] },
      ],
      columnGap: 12,
      margin: [0, 10, 0, 0],
      unbreakable: true,
    },
  ];
}

export async function renderControlSlip(data: ControlSlipData): Promise<Uint8Array> {
  const template = requireTemplate('CONTROL_SLIP', data.header.ruleSet);
  return renderPdf(slipDocument({ header: data.header, template, content: controlSlipContent(data) }));
}
