import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  FORM_KINDS,
  RULE_SETS,
  TRACKING_BOOK_COLUMNS,
  TRACKING_BOOK_SHEET,
  UnsupportedFormError,
  formTemplate,
  formTemplates,
  formatDateTime,
  formatProcessingTime,
  placeAndDate,
  renderApologySlip,
  renderControlSlip,
  renderReceiptSlip,
  renderRefusalSlip,
  renderStopNotice,
  renderSupplementRequest,
  renderTrackingBookPdf,
  renderTrackingBookSpreadsheet,
  type ApologySlipData,
  type ControlSlipData,
  type ReceiptSlipData,
  type RefusalSlipData,
  type RuleSet,
  type SlipApplicant,
  type SlipHeader,
  type StopNoticeData,
  type SupplementRequestData,
  type TrackingBookData,
  type TrackingBookRow,
} from '../src/slips/index.js';

// ---------------------------------------------------------------------------------------------
// Realistic data: a building permit dossier at the Kiên Giang public administration service centre.

const CODE = '000.00.12.H37-261123-0001';
const TRACKING_URL = `https://dichvucong.kiengiang.gov.vn/tra-cuu?MHS=${CODE}&SGT=091185001234`;
// 10:30 on 23/11/2026 and 14/12/2026 in Vietnam.
const ISSUED_AT = new Date('2026-11-23T03:30:00Z');
const APPOINTMENT_AT = new Date('2026-12-14T03:30:00Z');
const APPOINTMENT_TEXT = '10 giờ 30 phút, ngày 14/12/2026';
const PROCEDURE =
  'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ; sửa chữa, cải tạo nhà ở ven đường Nguyễn Trung Trực';

const header = (ruleSet: RuleSet): SlipHeader => ({
  authority: 'UBND TỈNH KIÊN GIANG',
  issuingUnit: 'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG',
  place: 'Kiên Giang',
  issuedAt: ISSUED_AT,
  ruleSet,
});

const applicant: SlipApplicant = {
  name: 'Nguyễn Thị Hồng Đào',
  idNumber: '091185001234',
  address: 'Số 12 đường Nguyễn Trung Trực, phường Vĩnh Thanh Vân, thành phố Rạch Giá, tỉnh Kiên Giang',
  phone: '0913 456 789',
  email: 'hongdao@example.vn',
  representative: null,
};

const receipt = (ruleSet: RuleSet): ReceiptSlipData => ({
  header: header(ruleSet),
  dossierCode: CODE,
  receivingOfficial: 'Trần Thị Bích Ngọc',
  applicant,
  procedureName: PROCEDURE,
  documents: [
    {
      name: 'Đơn đề nghị cấp giấy phép xây dựng (Mẫu số 01 Phụ lục II)',
      originals: 1,
      copies: 0,
      paperReceived: true,
      electronic: false,
    },
    {
      name: 'Bản sao giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở',
      originals: 0,
      copies: 1,
      paperReceived: true,
      electronic: true,
    },
    { name: 'Hai bộ bản vẽ thiết kế xây dựng', originals: 2, copies: 0, paperReceived: true, electronic: false },
  ],
  sets: 1,
  processingTime: { value: 15, unit: 'WORKING_DAY' },
  appointmentAt: APPOINTMENT_AT,
  returnMethod: 'AT_COUNTER',
  returnPlace: 'Quầy số 5, Trung tâm Phục vụ hành chính công tỉnh Kiên Giang',
  channel: 'IN_PERSON',
  trackingUrl: TRACKING_URL,
});

const supplement = (ruleSet: RuleSet): SupplementRequestData => ({
  header: header(ruleSet),
  dossierCode: CODE,
  applicant,
  procedureName: PROCEDURE,
  items: [
    {
      name: 'Bản vẽ mặt bằng công trình trên lô đất',
      originals: 2,
      certifiedCopies: 0,
      photocopies: 0,
      reason: 'Thiếu chữ ký của chủ nhiệm thiết kế',
    },
    {
      name: 'Giấy chứng nhận quyền sử dụng đất',
      originals: 0,
      certifiedCopies: 1,
      photocopies: 0,
      reason: 'Bản sao chưa được chứng thực',
    },
  ],
  reason: 'Hồ sơ chưa đầy đủ theo quy định tại Nghị định số 175/2024/NĐ-CP',
  guidanceUrl: 'https://dichvucong.kiengiang.gov.vn/thu-tuc/1.009994',
  guidingOfficial: 'Lê Văn Đức',
  contact: 'điện thoại 0297 3 862 345 (máy lẻ 105)',
  trackingUrl: TRACKING_URL,
});

const refusal = (ruleSet: RuleSet): RefusalSlipData => ({
  header: header(ruleSet),
  dossierCode: CODE,
  applicant,
  procedureName: PROCEDURE,
  reasons: [
    'Công trình nằm trong khu vực đã có quyết định thu hồi đất',
    'Thủ tục không thuộc thẩm quyền giải quyết của cấp tỉnh',
  ],
  guidance: 'Ông/Bà nộp hồ sơ tại Bộ phận Một cửa UBND phường Vĩnh Thanh Vân',
  official: 'Trần Thị Bích Ngọc',
});

const apology = (ruleSet: RuleSet): ApologySlipData => ({
  header: { ...header(ruleSet), issuingUnit: 'SỞ XÂY DỰNG', issuedAt: new Date('2026-12-11T02:00:00Z') },
  dossierCode: CODE,
  applicant,
  receivedAt: ISSUED_AT,
  receivingUnit: 'Trung tâm Phục vụ hành chính công tỉnh Kiên Giang',
  procedureName: PROCEDURE,
  reason: 'Cần kiểm tra thực địa và lấy ý kiến của Ủy ban nhân dân phường về hiện trạng công trình',
  previousDueAt: APPOINTMENT_AT,
  newDueAt: new Date('2026-12-21T08:00:00Z'), // 15:00 in Vietnam
  delayingAgency: 'Sở Xây dựng tỉnh Kiên Giang',
  signerTitle: 'Giám đốc',
  signerName: 'Phạm Quốc Dũng',
  trackingUrl: TRACKING_URL,
  extension: { value: 5, unit: 'WORKING_DAY' },
});

const stopNotice = (ruleSet: RuleSet): StopNoticeData => ({
  header: { ...header(ruleSet), issuingUnit: 'SỞ XÂY DỰNG' },
  dossierCode: CODE,
  applicant,
  procedureName: PROCEDURE,
  reason: 'Người nộp hồ sơ có văn bản đề nghị dừng giải quyết hồ sơ',
  legalBasis: 'Điều 18 Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ',
  signerTitle: 'KT. Giám đốc\nPhó Giám đốc',
  signerName: 'Võ Thị Mỹ Hạnh',
});

const control = (ruleSet: RuleSet): ControlSlipData => ({
  header: header(ruleSet),
  dossierCode: CODE,
  applicantName: applicant.name,
  procedureName: PROCEDURE,
  receivedAt: ISSUED_AT,
  appointmentAt: APPOINTMENT_AT,
  rows: [
    {
      giver: 'Bộ phận Một cửa',
      receiver: 'Phòng Quản lý hoạt động xây dựng, Sở Xây dựng',
      handedOverAt: new Date('2026-11-23T07:15:00Z'),
      giverName: 'Trần Thị Bích Ngọc',
      receiverName: 'Đặng Hữu Phước',
      result: 'EARLY',
      note: null,
    },
    {
      giver: 'Phòng Quản lý hoạt động xây dựng',
      receiver: 'Lãnh đạo Sở Xây dựng',
      handedOverAt: new Date('2026-12-08T09:00:00Z'),
      giverName: 'Đặng Hữu Phước',
      receiverName: 'Phạm Quốc Dũng',
      result: 'ON_TIME',
      note: 'Trình ký',
    },
    {
      giver: 'Lãnh đạo Sở Xây dựng',
      receiver: 'Bộ phận Một cửa',
      handedOverAt: new Date('2026-12-15T01:00:00Z'),
      giverName: 'Phạm Quốc Dũng',
      receiverName: 'Trần Thị Bích Ngọc',
      result: 'LATE',
      note: 'Chờ bổ sung ý kiến phường',
    },
  ],
  trackingUrl: TRACKING_URL,
});

const bookRow = (n: number): TrackingBookRow => ({
  dossierCode: `000.00.12.H37-261123-${String(n).padStart(4, '0')}`,
  procedureName: n % 2 ? PROCEDURE : 'Đăng ký khai sinh kết hợp đăng ký thường trú, cấp thẻ bảo hiểm y tế',
  sets: 1,
  applicantName: n === 1 ? applicant.name : `Lương Thị Mỹ Dữ ${n}`,
  applicantAddress: 'Phường Vĩnh Lạc, thành phố Rạch Giá',
  phone: '0912 000 111',
  receivedAt: ISSUED_AT,
  appointmentAt: n % 5 === 0 ? null : APPOINTMENT_AT,
  resultReceivedAt: n === 1 ? new Date('2026-12-12T09:45:00Z') : null,
  returnedAt: n === 1 ? new Date('2026-12-14T02:00:00Z') : null,
  receivingOfficial: 'Trần Thị Bích Ngọc',
  note: n === 1 ? 'Đã trả kết quả' : null,
});

const book = (ruleSet: RuleSet, rows = 3): TrackingBookData => ({
  header: header(ruleSet),
  sectionName: 'Quầy Sở Xây dựng - Lĩnh vực Hoạt động xây dựng',
  from: new Date('2026-11-01T00:00:00+07:00'),
  to: new Date('2026-11-30T23:59:59+07:00'),
  rows: Array.from({ length: rows }, (_, i) => bookRow(i + 1)),
});

// ---------------------------------------------------------------------------------------------
// Reading a PDF back.

interface PdfText {
  pages: { text: string; width: number; height: number }[];
  /** All pages' text, whitespace collapsed. */
  text: string;
  /** All pages' text without any whitespace, so that a line break inside a URL does not matter. */
  compact: string;
}

const compact = (s: string): string => s.replace(/\s+/g, '');

async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  const doc = await getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false, verbosity: 0 })
    .promise;
  const pages: PdfText['pages'] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    const text = content.items
      .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : ''))
      .join('')
      .replace(/\s+/g, ' ');
    const [, , width = 0, height = 0] = page.view;
    pages.push({ text, width, height });
  }
  await doc.destroy();
  const text = pages.map((p) => p.text).join(' ');
  return { pages, text, compact: compact(text) };
}

/** Set SLIPS_OUT=/some/dir to keep the rendered files and look at them. */
function keep(name: string, bytes: Uint8Array): void {
  const dir = process.env.SLIPS_OUT;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), bytes);
}

function expectPdf(bytes: Uint8Array): void {
  expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
}

const A4 = { short: 595.28, long: 841.89 };

function expectCommon(pdf: PdfText, kind: (typeof FORM_KINDS)[number], ruleSet: RuleSet): void {
  const template = formTemplate(kind, ruleSet)!;
  expect(pdf.text).toContain(template.name.toLocaleUpperCase('vi'));
  expect(pdf.text).toContain(`Mẫu số ${template.number}`);
  expect(pdf.compact).toContain(compact(template.legalBasis));
  expect(pdf.text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(pdf.text).toContain('Độc lập - Tự do - Hạnh phúc');
  expect(pdf.text).toContain('UBND TỈNH KIÊN GIANG');
  // No broken glyphs: every letter came out as a letter the font has.
  expect(pdf.text).not.toMatch(/[\u0000\uFFFD]/);
  for (const page of pdf.pages) {
    if (kind === 'TRACKING_BOOK') expect([page.width, page.height]).toEqual([A4.long, A4.short]);
    else expect([page.width, page.height]).toEqual([A4.short, A4.long]);
  }
}

const RULE_SET_CASES = RULE_SETS.map((ruleSet) => [ruleSet] as const);

// ---------------------------------------------------------------------------------------------

describe('form templates', () => {
  it('number the forms per rule set as Circulars 01/2018 and 03/2025 do', () => {
    const numbers = (ruleSet: RuleSet) =>
      Object.fromEntries(FORM_KINDS.map((kind) => [kind, formTemplate(kind, ruleSet)?.number ?? null]));
    expect(numbers('ND61_TT01_2018')).toEqual({
      RECEIPT: '01',
      SUPPLEMENT_REQUEST: '02',
      REFUSAL: '03',
      APOLOGY: '04',
      STOP_NOTICE: null,
      CONTROL_SLIP: '05',
      TRACKING_BOOK: '06',
    });
    expect(numbers('ND118_TT03_2025')).toEqual({
      RECEIPT: '01',
      SUPPLEMENT_REQUEST: '02',
      REFUSAL: '03',
      APOLOGY: '04',
      STOP_NOTICE: '05',
      CONTROL_SLIP: '06',
      TRACKING_BOOK: '07',
    });
  });

  it('rename Mẫu 04 under Circular 03/2025 and cite the circular of the rule set', () => {
    expect(formTemplate('APOLOGY', 'ND61_TT01_2018')?.name).toBe('Phiếu xin lỗi và hẹn lại ngày trả kết quả');
    expect(formTemplate('APOLOGY', 'ND118_TT03_2025')?.name).toBe(
      'Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết',
    );
    expect(formTemplate('RECEIPT', 'ND61_TT01_2018')?.legalBasis).toBe('Thông tư số 01/2018/TT-VPCP ngày 23/11/2018');
    expect(formTemplate('RECEIPT', 'ND118_TT03_2025')?.legalBasis).toContain('03/2025/TT-VPCP');
    expect(formTemplates('ND61_TT01_2018').map((t) => t.number)).toEqual(['01', '02', '03', '04', '05', '06']);
    expect(formTemplates('ND118_TT03_2025').map((t) => t.number)).toEqual(['01', '02', '03', '04', '05', '06', '07']);
  });
});

describe('formatting', () => {
  it('writes times in Vietnam time, whatever the UTC date', () => {
    expect(formatDateTime(new Date('2026-11-24T03:30:00Z'))).toBe('10 giờ 30 phút, ngày 24/11/2026');
    expect(formatDateTime(new Date('2026-11-23T17:05:00Z'))).toBe('00 giờ 05 phút, ngày 24/11/2026');
  });

  it('writes the date line with a zero before a day below 10 and a month below 3', () => {
    expect(placeAndDate('Kiên Giang', ISSUED_AT)).toBe('Kiên Giang, ngày 23 tháng 11 năm 2026');
    expect(placeAndDate('Kiên Giang', new Date('2026-02-05T02:00:00Z'))).toBe('Kiên Giang, ngày 05 tháng 02 năm 2026');
    expect(placeAndDate('Kiên Giang', new Date('2026-03-05T02:00:00Z'))).toBe('Kiên Giang, ngày 05 tháng 3 năm 2026');
  });

  it('writes processing times in words, with a decimal comma', () => {
    expect(formatProcessingTime({ value: 15, unit: 'WORKING_DAY' })).toBe('15 ngày làm việc');
    expect(formatProcessingTime({ value: 2.5, unit: 'WORKING_DAY' })).toBe('2,5 ngày làm việc');
    expect(formatProcessingTime({ value: 4, unit: 'HOUR' })).toBe('4 giờ làm việc');
    expect(formatProcessingTime({ value: 30, unit: 'CALENDAR_DAY' })).toBe('30 ngày');
  });
});

describe('slips', () => {
  it.each(RULE_SET_CASES)('the receipt (Mẫu 01) under %s', async (ruleSet) => {
    const bytes = await renderReceiptSlip(receipt(ruleSet));
    keep(`receipt-${ruleSet}.pdf`, bytes);
    expectPdf(bytes);
    const pdf = await readPdf(bytes);
    expectCommon(pdf, 'RECEIPT', ruleSet);
    expect(pdf.pages).toHaveLength(1);
    expect(pdf.text).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(pdf.text).toContain('Kiên Giang, ngày 23 tháng 11 năm 2026');
    expect(pdf.text).toContain(`Số: ${CODE}`);
    expect(pdf.text).toContain('Nguyễn Thị Hồng Đào');
    expect(pdf.text).toContain('Trần Thị Bích Ngọc');
    expect(pdf.text).toContain('Bản sao giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở');
    expect(pdf.text).toContain('15 ngày làm việc');
    expect(pdf.text).toContain('Thời gian nhận hồ sơ: 10 giờ 30 phút, ngày 23/11/2026');
    expect(pdf.compact).toContain(compact(`Thời gian trả kết quả giải quyết hồ sơ: ${APPOINTMENT_TEXT}`));
    expect(pdf.compact).toContain(compact(`Tra cứu hồ sơ: ${TRACKING_URL}`));
  });

  it.each(RULE_SET_CASES)('the supplement request (Mẫu 02) under %s', async (ruleSet) => {
    const bytes = await renderSupplementRequest(supplement(ruleSet));
    keep(`supplement-${ruleSet}.pdf`, bytes);
    const pdf = await readPdf(bytes);
    expectCommon(pdf, 'SUPPLEMENT_REQUEST', ruleSet);
    expect(pdf.text).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
    expect(pdf.text).toContain(`Số: ${CODE}/HDHS`);
    expect(pdf.text).toContain('Nguyễn Thị Hồng Đào');
    expect(pdf.text).toContain('Bản chứng thực');
    expect(pdf.text).toContain('Bản sao chưa được chứng thực');
    expect(pdf.text).toContain('NGƯỜI HƯỚNG DẪN');
    expect(pdf.text).toContain('Lê Văn Đức');
    expect(pdf.compact).toContain(compact(`Tra cứu hồ sơ: ${TRACKING_URL}`));
  });

  it.each(RULE_SET_CASES)('the refusal (Mẫu 03) under %s', async (ruleSet) => {
    const bytes = await renderRefusalSlip(refusal(ruleSet));
    keep(`refusal-${ruleSet}.pdf`, bytes);
    const pdf = await readPdf(bytes);
    expectCommon(pdf, 'REFUSAL', ruleSet);
    expect(pdf.text).toContain('PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ');
    expect(pdf.text).toContain(`Số: ${CODE}`);
    expect(pdf.text).toContain('Nguyễn Thị Hồng Đào');
    expect(pdf.text).toContain('Thủ tục không thuộc thẩm quyền giải quyết của cấp tỉnh');
    expect(pdf.text).toContain('Bộ phận Một cửa UBND phường Vĩnh Thanh Vân');
  });

  it('the refusal of a dossier that never got a code leaves the number blank', async () => {
    const pdf = await readPdf(await renderRefusalSlip({ ...refusal('ND118_TT03_2025'), dossierCode: null }));
    expect(pdf.text).toContain('Số: ……');
    expect(pdf.text).not.toContain(CODE);
  });

  it.each(RULE_SET_CASES)('the apology (Mẫu 04) under %s', async (ruleSet) => {
    const bytes = await renderApologySlip(apology(ruleSet));
    keep(`apology-${ruleSet}.pdf`, bytes);
    const pdf = await readPdf(bytes);
    expectCommon(pdf, 'APOLOGY', ruleSet);
    expect(pdf.text).toContain(
      ruleSet === 'ND61_TT01_2018'
        ? 'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ'
        : 'VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT',
    );
    expect(pdf.text).toContain('Kiên Giang, ngày 11 tháng 12 năm 2026');
    expect(pdf.text).toContain(`Số: ${CODE}`);
    expect(pdf.text).toContain('Kính gửi: Ông/Bà Nguyễn Thị Hồng Đào');
    expect(pdf.compact).toContain(compact(`Thời gian hẹn trả kết quả giải quyết hồ sơ: ${APPOINTMENT_TEXT}`));
    expect(pdf.compact).toContain(compact('15 giờ 00 phút, ngày 21/12/2026'));
    expect(pdf.compact).toContain(compact('lấy ý kiến của Ủy ban nhân dân phường'));
    if (ruleSet === 'ND118_TT03_2025') expect(pdf.text).toContain('Thời gian đề nghị gia hạn: 5 ngày làm việc');
    expect(pdf.text).toContain('GIÁM ĐỐC');
    expect(pdf.text).toContain('Phạm Quốc Dũng');
    expect(pdf.compact).toContain(compact(`Tra cứu hồ sơ: ${TRACKING_URL}`));
  });

  it('the notice of stopping (Mẫu 05 of Circular 03/2025)', async () => {
    const bytes = await renderStopNotice(stopNotice('ND118_TT03_2025'));
    keep('stop-notice-ND118_TT03_2025.pdf', bytes);
    const pdf = await readPdf(bytes);
    expectCommon(pdf, 'STOP_NOTICE', 'ND118_TT03_2025');
    expect(pdf.text).toContain('THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ');
    expect(pdf.text).toContain('Mẫu số 05');
    expect(pdf.text).toContain(`Số: ${CODE}`);
    expect(pdf.text).toContain('Nguyễn Thị Hồng Đào');
    expect(pdf.text).toContain('Người nộp hồ sơ có văn bản đề nghị dừng giải quyết hồ sơ');
    expect(pdf.compact).toContain(compact('Điều 18 Nghị định số 118/2025/NĐ-CP'));
    expect(pdf.text).toContain('Võ Thị Mỹ Hạnh');
  });

  it('a notice of stopping does not exist under Circular 01/2018, and is refused', async () => {
    expect(formTemplate('STOP_NOTICE', 'ND61_TT01_2018')).toBeNull();
    await expect(renderStopNotice(stopNotice('ND61_TT01_2018'))).rejects.toThrow(UnsupportedFormError);
  });

  it.each(RULE_SET_CASES)('the control slip under %s', async (ruleSet) => {
    const bytes = await renderControlSlip(control(ruleSet));
    keep(`control-${ruleSet}.pdf`, bytes);
    const pdf = await readPdf(bytes);
    expectCommon(pdf, 'CONTROL_SLIP', ruleSet);
    expect(pdf.text).toContain(ruleSet === 'ND61_TT01_2018' ? 'Mẫu số 05' : 'Mẫu số 06');
    expect(pdf.text).toContain('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
    expect(pdf.text).toContain(`Mã hồ sơ: ${CODE}`);
    expect(pdf.text).toContain('Kèm theo hồ sơ của: Nguyễn Thị Hồng Đào');
    expect(pdf.compact).toContain(compact(`Thời gian hẹn trả kết quả: ${APPOINTMENT_TEXT}`));
    expect(pdf.compact).toContain(compact('14 giờ 15 phút, ngày 23/11/2026'));
    expect(pdf.text).toContain('Đặng Hữu Phước');
    for (const word of ['Trước hạn', 'Đúng hạn', 'Quá hạn']) expect(pdf.text).toContain(word);
    expect(pdf.compact).toContain(compact(`Tra cứu hồ sơ: ${TRACKING_URL}`));
  });

  it('prints decomposed Vietnamese (a + combining marks) as the precomposed letters', async () => {
    const decomposed = 'Nguyễn Thị Hồng Đào, Lữ Đặng'.normalize('NFD');
    const data = receipt('ND118_TT03_2025');
    const pdf = await readPdf(await renderReceiptSlip({ ...data, applicant: { ...applicant, name: decomposed } }));
    expect(pdf.text).toContain('Nguyễn Thị Hồng Đào, Lữ Đặng'.normalize('NFC'));
  });
});

describe('the tracking book', () => {
  it.each(RULE_SET_CASES)('prints on landscape A4 with the header rows on every page (%s)', async (ruleSet) => {
    const bytes = await renderTrackingBookPdf(book(ruleSet, 40));
    keep(`tracking-book-${ruleSet}.pdf`, bytes);
    const pdf = await readPdf(bytes);
    expectCommon(pdf, 'TRACKING_BOOK', ruleSet);
    expect(pdf.text).toContain(ruleSet === 'ND61_TT01_2018' ? 'Mẫu số 06' : 'Mẫu số 07');
    expect(pdf.text).toContain('SỔ THEO DÕI HỒ SƠ');
    expect(pdf.text).toContain('Từ ngày 01/11/2026 đến ngày 30/11/2026');
    expect(pdf.pages.length).toBeGreaterThan(1);
    for (const page of pdf.pages) {
      expect(page.text).toContain('Mã hồ sơ');
      expect(page.text).toContain('Hẹn trả kết quả');
      expect(page.text).toContain(`(${TRACKING_BOOK_COLUMNS.length})`);
    }
    // In its narrow column the code breaks after the agency's ID.
    expect(pdf.compact).toContain(CODE);
    expect(pdf.compact).toContain('000.00.12.H37-261123-0040');
    expect(pdf.text).toContain('Nguyễn Thị Hồng Đào');
    expect(pdf.text).toContain('14/12/2026 10:30');
  });

  it('writes a spreadsheet with the same columns, dates in Vietnam time', async () => {
    const bytes = await renderTrackingBookSpreadsheet(book('ND118_TT03_2025', 3));
    keep('tracking-book.xlsx', bytes);
    expect(Buffer.from(bytes.subarray(0, 2)).toString('latin1')).toBe('PK');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as never);
    const sheet = workbook.worksheets[0]!;
    const { headingRow, subheadingRow, numberRow, firstDataRow } = TRACKING_BOOK_SHEET;
    expect(sheet.getCell(3, 1).value).toBe('SỔ THEO DÕI HỒ SƠ');
    expect(String(sheet.getCell(2, 1).value)).toContain('Mẫu số 07');

    const header = TRACKING_BOOK_COLUMNS.map((column, i) =>
      column.group === null ? sheet.getCell(headingRow, i + 1).value : sheet.getCell(subheadingRow, i + 1).value,
    );
    expect(header).toEqual(TRACKING_BOOK_COLUMNS.map((c) => c.header));
    expect(header.slice(0, 5)).toEqual([
      'STT',
      'Mã hồ sơ',
      'Nội dung hồ sơ (thủ tục hành chính)',
      'Số lượng hồ sơ (bộ)',
      'Họ tên chủ hồ sơ',
    ]);
    const receivedColumn = TRACKING_BOOK_COLUMNS.findIndex((c) => c.header === 'Nhận hồ sơ') + 1;
    expect(sheet.getCell(headingRow, receivedColumn).value).toBe('Ngày, tháng, năm');
    expect(sheet.getCell(numberRow, 1).value).toBe('(1)');

    const cellOf = (header: string) =>
      sheet.getCell(firstDataRow, TRACKING_BOOK_COLUMNS.findIndex((c) => c.header === header) + 1);
    expect(cellOf('STT').value).toBe(1);
    expect(cellOf('Mã hồ sơ').value).toBe(CODE);
    expect(cellOf('Họ tên chủ hồ sơ').value).toBe('Nguyễn Thị Hồng Đào');
    expect(cellOf('Số lượng hồ sơ (bộ)').value).toBe(1);
    // A spreadsheet date has no zone: the cell holds 10:30 on 14/12/2026, the time in Vietnam.
    expect(cellOf('Hẹn trả kết quả').value).toEqual(new Date('2026-12-14T10:30:00Z'));
    expect(cellOf('Hẹn trả kết quả').numFmt).toBe('dd/mm/yyyy hh:mm');
    expect(cellOf('Ghi chú').value).toBe('Đã trả kết quả');
    expect(sheet.getCell(firstDataRow + 2, 2).value).toBe('000.00.12.H37-261123-0003');
    expect(sheet.getCell(firstDataRow + 3, 2).value).toBeNull();
  });
});

describe('determinism', () => {
  const savedTz = process.env.TZ;
  afterEach(() => {
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  });

  it('the same data gives the same bytes, in any time zone of the machine', async () => {
    process.env.TZ = 'America/Los_Angeles';
    expect(new Date('2026-11-23T03:30:00Z').getHours()).toBe(19); // the zone did change
    const inLosAngeles = await renderReceiptSlip(receipt('ND61_TT01_2018'));
    const bookInLosAngeles = await renderTrackingBookPdf(book('ND61_TT01_2018'));
    process.env.TZ = 'Asia/Tokyo';
    const inTokyo = await renderReceiptSlip(receipt('ND61_TT01_2018'));
    const bookInTokyo = await renderTrackingBookPdf(book('ND61_TT01_2018'));
    expect(Buffer.from(inTokyo).equals(Buffer.from(inLosAngeles))).toBe(true);
    expect(Buffer.from(bookInTokyo).equals(Buffer.from(bookInLosAngeles))).toBe(true);
    expect((await readPdf(inTokyo)).compact).toContain(compact(APPOINTMENT_TEXT));
  });

  it('slips rendered at the same time do not mix (pdfmake is one shared instance)', async () => {
    const one = await renderReceiptSlip(receipt('ND118_TT03_2025'));
    const two = await renderControlSlip(control('ND118_TT03_2025'));
    const together = await Promise.all([
      renderReceiptSlip(receipt('ND118_TT03_2025')),
      renderControlSlip(control('ND118_TT03_2025')),
      renderReceiptSlip(receipt('ND118_TT03_2025')),
    ]);
    expect(together.map((bytes) => Buffer.from(bytes))).toEqual([one, two, one].map((bytes) => Buffer.from(bytes)));
  });

  it('the spreadsheet holds the same values in any time zone of the machine', async () => {
    const read = async () => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(await renderTrackingBookSpreadsheet(book('ND61_TT01_2018'))) as never);
      const sheet = workbook.worksheets[0]!;
      const values: unknown[] = [];
      sheet.eachRow((row) => values.push(row.values));
      return values;
    };
    process.env.TZ = 'America/Los_Angeles';
    const inLosAngeles = await read();
    process.env.TZ = 'Asia/Tokyo';
    expect(await read()).toEqual(inLosAngeles);
  });
});
