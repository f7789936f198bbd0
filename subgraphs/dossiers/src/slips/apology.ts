/**
 * Mẫu 04: Phiếu xin lỗi và hẹn lại ngày trả kết quả (Circular 01/2018), renamed by Circular 03/2025
 * Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết: under Decree 118 the new date is asked for
 * as an extension, so the wording follows the rule set.
 */
import {
  field,
  fields,
  formHeader,
  paragraph,
  recipients,
  renderPdf,
  signatures,
  slipDocument,
  title,
  trackingLine,
  trackingQr,
  type Content,
} from './document.js';
import { formatDateTime, formatLongDate, formatProcessingTime, orBlank } from './format.js';
import { requireTemplate } from './templates.js';
import type { ApologySlipData } from './types.js';

export function apologyContent(data: ApologySlipData): Content[] {
  const template = requireTemplate('APOLOGY', data.header.ruleSet);
  const extensionRequest = data.header.ruleSet === 'ND118_TT03_2025';
  const { applicant } = data;
  const content: Content[] = [
    ...formHeader(data.header, template, { numberLine: `Số: ${data.dossierCode}` }),
    ...title(template.name, `Mã hồ sơ: ${data.dossierCode}`),
    paragraph([{ text: 'Kính gửi: ' }, { text: `Ông/Bà ${applicant.name}`, bold: true }], [0, 0, 0, 4]),
    field('Địa chỉ', orBlank(applicant.address)),
    fields([
      ['Số điện thoại', orBlank(applicant.phone, '…………')],
      ['Email', orBlank(applicant.email, '…………')],
    ]),
    paragraph(
      `Ngày ${formatLongDate(data.receivedAt).replace(/^ngày /, '')}, ${data.receivingUnit} tiếp nhận hồ sơ ` +
        `của Ông/Bà đề nghị giải quyết thủ tục: ${data.procedureName}. Mã hồ sơ: ${data.dossierCode}.`,
      [0, 6, 0, 3],
    ),
    paragraph(`Thời gian hẹn trả kết quả giải quyết hồ sơ: ${formatDateTime(data.previousDueAt)}.`),
    paragraph(
      `Tuy nhiên đến nay, ${data.delayingAgency} chưa trả kết quả giải quyết hồ sơ cho Ông/Bà đúng hẹn ` +
        'ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả.',
    ),
    field('Lý do', data.reason),
  ];
  if (extensionRequest) {
    content.push(
      paragraph(
        `Sự chậm trễ này đã gây phiền hà cho Ông/Bà. ${data.delayingAgency} xin lỗi Ông/Bà và ` +
          'đề nghị gia hạn thời gian giải quyết hồ sơ:',
      ),
    );
    if (data.extension) content.push(field('Thời gian đề nghị gia hạn', formatProcessingTime(data.extension)));
    content.push(
      paragraph([
        { text: 'Thời gian trả kết quả sau khi gia hạn: ' },
        { text: formatDateTime(data.newDueAt), bold: true },
        { text: '.' },
      ]),
    );
  } else {
    content.push(
      paragraph([
        {
          text:
            `Sự chậm trễ này đã gây phiền hà, tốn kém chi phí đi lại cho Ông/Bà. ${data.delayingAgency} ` +
            'xin lỗi Ông/Bà và trân trọng hẹn trả kết quả giải quyết hồ sơ vào ',
        },
        { text: formatDateTime(data.newDueAt), bold: true },
        { text: '.' },
      ]),
    );
    if (data.extension) content.push(field('Thời gian kéo dài', formatProcessingTime(data.extension)));
  }
  content.push(
    paragraph(`${data.delayingAgency} xin trân trọng cảm ơn Ông/Bà./.`, [0, 3, 0, 0]),
    trackingLine(data.trackingUrl),
    signatures([{ title: data.signerTitle, hint: '(Ký, ghi rõ họ tên và đóng dấu)', name: data.signerName }], {
      stack: [
        recipients(['Như trên;', 'Bộ phận Một cửa (để trả kết quả);', 'Lưu: VT.']),
        trackingQr(data.trackingUrl, 'left'),
      ],
    }),
  );
  return content;
}

export async function renderApologySlip(data: ApologySlipData): Promise<Uint8Array> {
  const template = requireTemplate('APOLOGY', data.header.ruleSet);
  return renderPdf(slipDocument({ header: data.header, template, content: apologyContent(data) }));
}
