/** Mẫu 03: Phiếu từ chối tiếp nhận giải quyết hồ sơ (refusal slip). */
import {
  applicantLines,
  field,
  formHeader,
  paragraph,
  renderPdf,
  signatures,
  slipDocument,
  title,
  type Content,
} from './document.js';
import { requireTemplate } from './templates.js';
import type { RefusalSlipData } from './types.js';

export function refusalContent(data: RefusalSlipData): Content[] {
  const template = requireTemplate('REFUSAL', data.header.ruleSet);
  const content: Content[] = [
    ...formHeader(data.header, template, { numberLine: `Số: ${data.dossierCode ?? '……………………'}` }),
    ...title(template.name, data.dossierCode ? `Mã hồ sơ: ${data.dossierCode}` : null),
    ...applicantLines(data.applicant),
    field('Nội dung yêu cầu giải quyết', data.procedureName, { bold: true }),
    paragraph(
      'Qua xem xét, đối chiếu với quy định của pháp luật, cơ quan tiếp nhận hồ sơ thông báo không tiếp nhận, ' +
        'giải quyết hồ sơ này với lý do cụ thể như sau:',
      [0, 6, 0, 3],
    ),
    {
      ol: data.reasons.length > 0 ? data.reasons : ['……………………………………………'],
      margin: [12, 0, 0, 6],
    },
  ];
  if (data.guidance) content.push(field('Hướng dẫn', data.guidance));
  content.push(
    paragraph('Xin thông báo để Ông/Bà được biết và thực hiện./.', [0, 3, 0, 0]),
    signatures([{ title: 'Người tiếp nhận hồ sơ', name: data.official }]),
  );
  return content;
}

export async function renderRefusalSlip(data: RefusalSlipData): Promise<Uint8Array> {
  const template = requireTemplate('REFUSAL', data.header.ruleSet);
  return renderPdf(slipDocument({ header: data.header, template, content: refusalContent(data) }));
}
