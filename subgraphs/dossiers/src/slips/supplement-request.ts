/** Mẫu 02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (supplement request slip). */
import {
  SPANNED,
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
import { requireTemplate } from './templates.js';
import type { SupplementRequestData } from './types.js';

function itemsTable(items: SupplementRequestData['items']): Content {
  const body: TableCell[][] = [
    [
      headerCell('TT', { rowSpan: 2 }),
      headerCell('Thành phần hồ sơ', { rowSpan: 2 }),
      headerCell('Số lượng', { colSpan: 3 }),
      SPANNED,
      SPANNED,
      headerCell('Nội dung cần bổ sung, hoàn thiện', { rowSpan: 2 }),
    ],
    [SPANNED, SPANNED, headerCell('Bản chính'), headerCell('Bản chứng thực'), headerCell('Bản photo'), SPANNED],
    ...items.map((item, i) => [
      cell(String(i + 1), 'center'),
      cell(item.name),
      cell(String(item.originals), 'center'),
      cell(String(item.certifiedCopies), 'center'),
      cell(String(item.photocopies), 'center'),
      cell(item.reason),
    ]),
  ];
  return grid([22, '*', 42, 52, 40, 150], body, 2);
}

export function supplementRequestContent(data: SupplementRequestData): Content[] {
  const template = requireTemplate('SUPPLEMENT_REQUEST', data.header.ruleSet);
  return [
    ...formHeader(data.header, template, { numberLine: `Số: ${data.dossierCode}/HDHS` }),
    ...title(template.name, `Mã hồ sơ: ${data.dossierCode}`),
    ...applicantLines(data.applicant, 'Tiếp nhận hồ sơ/yêu cầu của Ông/Bà'),
    field('Nội dung yêu cầu giải quyết', data.procedureName, { bold: true }),
    paragraph('Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:', [0, 4, 0, 2]),
    itemsTable(data.items),
    field('Lý do', data.reason),
    paragraph(
      'Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà liên hệ với ' +
        `${data.guidingOfficial}, ${data.contact} để được hướng dẫn.`,
    ),
    paragraph([
      { text: 'Thông tin về thủ tục hành chính xem tại: ' },
      { text: data.guidanceUrl, link: data.guidanceUrl, color: '#1a4f9c' },
    ]),
    trackingLine(data.trackingUrl),
    signatures([{ title: 'Người hướng dẫn', name: data.guidingOfficial }], trackingQr(data.trackingUrl)),
  ];
}

export async function renderSupplementRequest(data: SupplementRequestData): Promise<Uint8Array> {
  const template = requireTemplate('SUPPLEMENT_REQUEST', data.header.ruleSet);
  return renderPdf(slipDocument({ header: data.header, template, content: supplementRequestContent(data) }));
}
