/**
 * Mẫu 05 of Circular 03/2025: Thông báo dừng giải quyết hồ sơ (notice of stopping). The form is new in
 * 2025; a dossier received under Circular 01/2018 has no such form, and rendering one is refused.
 * Its fields were not seen in the official appendix (DOMAIN.md §2.2): dossier code, applicant, request,
 * reason, legal basis, signer.
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
  type Content,
} from './document.js';
import { orBlank } from './format.js';
import { requireTemplate } from './templates.js';
import type { StopNoticeData } from './types.js';

export function stopNoticeContent(data: StopNoticeData): Content[] {
  const template = requireTemplate('STOP_NOTICE', data.header.ruleSet);
  const { applicant } = data;
  const content: Content[] = [
    ...formHeader(data.header, template, { numberLine: `Số: ${data.dossierCode}` }),
    ...title(template.name, `Mã hồ sơ: ${data.dossierCode}`),
    paragraph([{ text: 'Kính gửi: ' }, { text: `Ông/Bà ${applicant.name}`, bold: true }], [0, 0, 0, 4]),
  ];
  if (applicant.idNumber) content.push(field('Số giấy tờ', applicant.idNumber));
  content.push(
    field('Địa chỉ', orBlank(applicant.address)),
    fields([
      ['Số điện thoại', orBlank(applicant.phone, '…………')],
      ['Email', orBlank(applicant.email, '…………')],
    ]),
    paragraph('Cơ quan giải quyết thông báo dừng giải quyết hồ sơ của Ông/Bà như sau:', [0, 6, 0, 3]),
    field('Mã hồ sơ', data.dossierCode, { bold: true }),
    field('Nội dung yêu cầu giải quyết', data.procedureName),
    field('Lý do dừng giải quyết', data.reason),
  );
  if (data.legalBasis) content.push(field('Căn cứ pháp lý', data.legalBasis));
  content.push(
    paragraph('Xin thông báo để Ông/Bà được biết./.', [0, 3, 0, 0]),
    signatures(
      [{ title: data.signerTitle, hint: '(Ký, ghi rõ họ tên và đóng dấu)', name: data.signerName }],
      recipients(['Như trên;', 'Bộ phận Một cửa;', 'Lưu: VT.']),
    ),
  );
  return content;
}

/** Rejects with UnsupportedFormError for a dossier under ND61_TT01_2018, which has no such form. */
export async function renderStopNotice(data: StopNoticeData): Promise<Uint8Array> {
  const template = requireTemplate('STOP_NOTICE', data.header.ruleSet);
  return renderPdf(slipDocument({ header: data.header, template, content: stopNoticeContent(data) }));
}
