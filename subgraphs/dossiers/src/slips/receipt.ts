/** Mẫu 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả (receipt and appointment slip). */
import {
  applicantLines,
  cell,
  field,
  formHeader,
  grid,
  headerCell,
  paragraph,
  renderPdf,
  signatures,
  slipDocument,
  title,
  trackingLine,
  trackingQr,
  type Content,
  type TableCell,
} from './document.js';
import { CHANNEL_WORDS, RETURN_METHOD_WORDS, formatCount, formatDateTime, formatProcessingTime } from './format.js';
import { requireTemplate } from './templates.js';
import type { ReceiptSlipData, SlipDocument } from './types.js';

const MARK = 'x';

function documentsTable(documents: SlipDocument[]): Content {
  const body: TableCell[][] = [
    ['TT', 'Tên giấy tờ', 'Bản chính', 'Bản sao', 'Bản giấy', 'Bản điện tử'].map((h) => headerCell(h)),
    ...documents.map((doc, i) => [
      cell(String(i + 1), 'center'),
      cell(doc.name),
      cell(String(doc.originals), 'center'),
      cell(String(doc.copies), 'center'),
      cell(doc.paperReceived ? MARK : '', 'center'),
      cell(doc.electronic ? MARK : '', 'center'),
    ]),
  ];
  if (documents.length === 0) body.push([cell(''), cell('(không có)'), cell(''), cell(''), cell(''), cell('')]);
  return grid([22, '*', 44, 40, 40, 52], body, 1);
}

export function receiptContent(data: ReceiptSlipData): Content[] {
  const template = requireTemplate('RECEIPT', data.header.ruleSet);
  const receivedAt = data.receivedAt ?? data.header.issuedAt;
  return [
    ...formHeader(data.header, template, { numberLine: `Số: ${data.dossierCode}` }),
    ...title(template.name, `Mã hồ sơ: ${data.dossierCode}`),
    field('Người tiếp nhận', data.receivingOfficial),
    ...applicantLines(data.applicant),
    field('Nội dung yêu cầu giải quyết', data.procedureName, { bold: true }),
    field('Hình thức nộp hồ sơ', CHANNEL_WORDS[data.channel]),
    paragraph('1. Thành phần hồ sơ nộp gồm:', [0, 4, 0, 2]),
    documentsTable(data.documents),
    paragraph(`2. Số lượng hồ sơ: ${formatCount(data.sets)} bộ.`),
    paragraph(`3. Thời gian giải quyết hồ sơ theo quy định là: ${formatProcessingTime(data.processingTime)}.`),
    paragraph(`4. Thời gian nhận hồ sơ: ${formatDateTime(receivedAt)}.`),
    paragraph([
      { text: '5. Thời gian trả kết quả giải quyết hồ sơ: ' },
      { text: formatDateTime(data.appointmentAt), bold: true },
      { text: '.' },
    ]),
    paragraph(`6. Hình thức nhận kết quả: ${RETURN_METHOD_WORDS[data.returnMethod]}.`),
    paragraph(`7. Nơi trả kết quả: ${data.returnPlace}.`),
    trackingLine(data.trackingUrl),
    signatures(
      [
        { title: 'Người nộp hồ sơ', name: data.applicant.representative ?? data.applicant.name },
        { title: 'Người tiếp nhận hồ sơ', name: data.receivingOfficial },
      ],
      trackingQr(data.trackingUrl),
    ),
  ];
}

export async function renderReceiptSlip(data: ReceiptSlipData): Promise<Uint8Array> {
  const template = requireTemplate('RECEIPT', data.header.ruleSet);
  return renderPdf(slipDocument({ header: data.header, template, content: receiptContent(data) }));
}
