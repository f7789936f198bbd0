/**
 * What single procedures add to or change in their field's template: their own fees, documents,
 * result, time unit, and the inter-agency (liên thông) or higher-level steps of their process.
 */
import type {
  ApplicantType,
  DurationUnit,
  Fee,
  LegalBasis,
  OnlineServiceLevel,
  RequiredDocument,
} from '../procedure-terms.js';
import { doc, ENTERPRISE_CERTIFICATE, IDENTITY, LAND_CERTIFICATE, PHOTO, RESIDENCE } from './documents.js';
import { fee } from './families.js';
import { FEE_TEXT, LEGAL } from './legal.js';
import type { StageSpec } from './process.js';

export interface ProcessContext {
  receivingAgency: string;
  competentAgency: string;
}

export interface Override {
  applicantTypes?: ApplicantType[];
  onlineLevel?: OnlineServiceLevel;
  /** No postal filing (the applicant must sign or be identified in person). */
  noPostal?: boolean;
  fees?: Fee[];
  onlineFees?: Fee[];
  documents?: RequiredDocument[];
  conditions?: string | null;
  result?: { name: string; validity: string | null };
  legalBases?: LegalBasis[];
  /** HOUR: a same-day procedure timed in 8 working hours; CALENDAR_DAY: processingDays are calendar days. */
  unit?: DurationUnit;
  appraisal?: string;
  approval?: string;
  beforeApproval?: (ctx: ProcessContext) => StageSpec[];
  afterApproval?: (ctx: ProcessContext) => StageSpec[];
}

// Agencies that take steps in other agencies' processes.
const PROVINCE_PC = '000.00.00.H37';
const CUC_THUE = '000.00.43.H37';
const BHXH_TINH = '000.00.42.H37';
const SO_LD_TB_XH = '000.00.12.H37';
const CONG_AN_P_VINH_THANH_VAN = '041.01.20.H37';
const BHXH_RACH_GIA = '000.42.20.H37';
const CHI_CUC_THUE_RACH_GIA = '000.43.20.H37';
const CONG_AN_P_DUONG_DONG = '041.01.31.H37';
const BHXH_PHU_QUOC = '000.42.31.H37';

const stage = (name: string, role: StageSpec['role'], agencyElectronicId: string, ticks?: number): StageSpec => ({
  name,
  role,
  agencyElectronicId,
  ...(ticks === undefined ? {} : { ticks }),
});

/** A provincial department appraises, the provincial People's Committee decides. */
const provincePcDecides = (ticks: number) => (): StageSpec[] => [
  stage('Văn phòng UBND tỉnh thẩm tra, trình Chủ tịch UBND tỉnh', 'SPECIALIST', PROVINCE_PC, ticks - 2),
  stage('Chủ tịch (Phó Chủ tịch) UBND tỉnh ký quyết định', 'APPROVER', PROVINCE_PC, 2),
];

const KG = FEE_TEXT.KG;
const civilFee = (description: string, amountVnd: number) => [fee(description, amountVnd, KG)];
const copyFee = (legalText: string) => [
  fee(
    'Phí chứng thực bản sao: 2.000 đồng/trang; từ trang thứ ba trở lên 1.000 đồng/trang, tối đa 200.000 đồng/bản',
    2_000,
    legalText,
  ),
];
const certFee = (description: string, amountVnd: number) => [fee(description, amountVnd, FEE_TEXT.CHUNG_THUC)];

/** A contract, will or declaration signed before the certifying officer: in person, never by post. */
const signedInPerson = (p: { fee: [string, number]; documents: RequiredDocument[]; result: string }): Override => ({
  noPostal: true,
  fees: certFee(...p.fee),
  documents: p.documents,
  result: { name: p.result, validity: null },
});

const BIRTH_DOCS = [
  doc('Tờ khai đăng ký khai sinh', 1, 0, 'Mẫu TK khai sinh (TT 04-2020-TT-BTP).docx'),
  doc('Giấy chứng sinh hoặc văn bản xác nhận của người làm chứng về việc sinh', 1, 0),
  IDENTITY,
  doc('Giấy chứng nhận kết hôn của cha, mẹ (nếu cha, mẹ đã đăng ký kết hôn)', 1, 0, null, true),
];
const DEATH_DOCS = [
  doc('Tờ khai đăng ký khai tử', 1, 0, 'Mẫu TK khai tử (TT 04-2020-TT-BTP).docx'),
  doc('Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử do cơ quan có thẩm quyền cấp', 1, 0),
  IDENTITY,
];
const FOREIGN_PAPERS = doc(
  'Giấy tờ do cơ quan có thẩm quyền nước ngoài cấp, đã được hợp pháp hóa lãnh sự và dịch sang tiếng Việt',
  0,
  1,
);

export const OVERRIDES: Record<string, Override> = {
  // ------------------------------------------------------------------ Hộ tịch (commune)
  '1.001193': {
    unit: 'HOUR',
    documents: BIRTH_DOCS,
    result: {
      name: 'Giấy khai sinh (bản chính) và bản sao Giấy khai sinh (nếu có yêu cầu)',
      validity: 'Không thời hạn',
    },
    appraisal: 'Công chức Tư pháp - Hộ tịch kiểm tra, ghi Sổ đăng ký khai sinh, cập nhật CSDL hộ tịch điện tử',
    approval: 'Chủ tịch (Phó Chủ tịch) UBND ký Giấy khai sinh',
  },
  '1.000894': {
    unit: 'HOUR',
    noPostal: true,
    documents: [doc('Tờ khai đăng ký kết hôn', 1, 0, 'Mẫu TK kết hôn (TT 04-2020-TT-BTP).docx'), IDENTITY, RESIDENCE],
    conditions:
      'Nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi; việc kết hôn do hai bên tự nguyện quyết định; không bị mất năng lực hành vi dân sự; không thuộc trường hợp cấm kết hôn. Hai bên phải có mặt khi đăng ký.',
    result: { name: 'Giấy chứng nhận kết hôn', validity: 'Không thời hạn' },
    approval: 'Chủ tịch (Phó Chủ tịch) UBND ký Giấy chứng nhận kết hôn',
  },
  '1.000656': {
    unit: 'HOUR',
    documents: DEATH_DOCS,
    result: { name: 'Trích lục khai tử', validity: 'Không thời hạn' },
  },
  '1.001022': {
    fees: civilFee('Lệ phí đăng ký nhận cha, mẹ, con', 15_000),
    documents: [
      doc('Tờ khai đăng ký nhận cha, mẹ, con', 1, 0, 'Mẫu TK nhận cha mẹ con (TT 04-2020-TT-BTP).docx'),
      doc('Văn bản của cơ quan y tế, giám định hoặc giấy tờ chứng minh quan hệ cha, mẹ, con', 1, 0),
      IDENTITY,
    ],
    noPostal: true,
    result: { name: 'Trích lục đăng ký nhận cha, mẹ, con', validity: 'Không thời hạn' },
  },
  '1.000689': {
    fees: civilFee('Lệ phí đăng ký nhận cha, mẹ, con', 15_000),
    documents: [...BIRTH_DOCS, doc('Chứng cứ chứng minh quan hệ cha, con hoặc mẹ, con', 1, 0)],
    result: { name: 'Giấy khai sinh và Trích lục đăng ký nhận cha, mẹ, con', validity: 'Không thời hạn' },
  },
  '2.000635': {
    unit: 'HOUR',
    fees: [fee('Phí cấp bản sao trích lục hộ tịch: 8.000 đồng/bản sao/sự kiện hộ tịch', 8_000, FEE_TEXT.TRICH_LUC)],
    documents: [
      doc('Tờ khai cấp bản sao trích lục hộ tịch', 1, 0, 'Mẫu TK trích lục (TT 04-2020-TT-BTP).docx'),
      IDENTITY,
    ],
    result: { name: 'Bản sao trích lục hộ tịch', validity: 'Không thời hạn' },
    legalBases: [LEGAL.HO_TICH, LEGAL.ND_123_2015, LEGAL.TT_04_2020_BTP],
  },
  '1.004873': {
    onlineLevel: 'PARTIAL',
    fees: civilFee('Lệ phí cấp Giấy xác nhận tình trạng hôn nhân', 15_000),
    documents: [
      doc('Tờ khai cấp Giấy xác nhận tình trạng hôn nhân', 1, 0, 'Mẫu TK xác nhận TTHN (TT 04-2020-TT-BTP).docx'),
      IDENTITY,
      RESIDENCE,
      doc('Bản án, quyết định ly hôn hoặc giấy chứng tử của vợ/chồng (nếu có)', 0, 1),
    ],
    result: { name: 'Giấy xác nhận tình trạng hôn nhân', validity: '06 tháng kể từ ngày cấp' },
  },
  '1.004884': {
    fees: civilFee('Lệ phí đăng ký lại khai sinh', 10_000),
    documents: [
      ...BIRTH_DOCS.slice(0, 1),
      doc('Bản sao giấy tờ có thông tin khai sinh (hồ sơ học tập, Sổ hộ khẩu cũ, ...)', 0, 1),
      IDENTITY,
    ],
    result: { name: 'Giấy khai sinh (đăng ký lại)', validity: 'Không thời hạn' },
  },
  '1.005461': {
    fees: civilFee('Lệ phí đăng ký lại khai tử', 10_000),
    documents: [
      ...DEATH_DOCS.slice(0, 1),
      doc('Bản sao Giấy chứng tử trước đây hoặc giấy tờ liên quan', 0, 1),
      IDENTITY,
    ],
    result: { name: 'Trích lục khai tử (đăng ký lại)', validity: 'Không thời hạn' },
  },
  '1.004837': {
    documents: [
      doc('Tờ khai đăng ký giám hộ', 1, 0, 'Mẫu TK giám hộ (TT 04-2020-TT-BTP).docx'),
      doc('Văn bản cử người giám hộ', 1, 0),
      IDENTITY,
    ],
    result: { name: 'Trích lục đăng ký giám hộ', validity: null },
  },
  '1.004845': {
    fees: civilFee('Lệ phí đăng ký chấm dứt giám hộ', 5_000),
    documents: [
      doc('Tờ khai đăng ký chấm dứt giám hộ', 1, 0, 'Mẫu TK chấm dứt giám hộ (TT 04-2020-TT-BTP).docx'),
      doc('Giấy tờ làm căn cứ chấm dứt giám hộ', 0, 1),
      IDENTITY,
    ],
    result: { name: 'Trích lục đăng ký chấm dứt giám hộ', validity: null },
  },
  '1.004859': {
    fees: civilFee('Lệ phí thay đổi, cải chính, bổ sung thông tin hộ tịch', 15_000),
    documents: [
      doc(
        'Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch',
        1,
        0,
        'Mẫu TK thay đổi cải chính (TT 04-2020-TT-BTP).docx',
      ),
      doc('Giấy tờ liên quan làm căn cứ thay đổi, cải chính, bổ sung', 0, 1),
      IDENTITY,
    ],
    result: { name: 'Trích lục thay đổi, cải chính, bổ sung thông tin hộ tịch', validity: 'Không thời hạn' },
  },
  '1.004746': {
    fees: civilFee('Lệ phí đăng ký lại kết hôn', 10_000),
    noPostal: true,
    documents: [
      doc('Tờ khai đăng ký lại kết hôn', 1, 0, 'Mẫu TK đăng ký lại kết hôn (TT 04-2020-TT-BTP).docx'),
      doc('Bản sao Giấy chứng nhận kết hôn được cấp trước đây (nếu có)', 0, 1),
      IDENTITY,
    ],
    result: { name: 'Giấy chứng nhận kết hôn (đăng ký lại)', validity: 'Không thời hạn' },
  },
  '1.004772': {
    fees: civilFee('Lệ phí đăng ký khai sinh (quá hạn)', 10_000),
    documents: [
      BIRTH_DOCS[0]!,
      doc('Giấy tờ, hồ sơ cá nhân có thông tin về họ, chữ đệm, tên, ngày sinh, quê quán', 0, 1),
      IDENTITY,
    ],
    result: { name: 'Giấy khai sinh', validity: 'Không thời hạn' },
  },
  // Liên thông: khai sinh → thường trú (Công an phường) → thẻ BHYT (BHXH thành phố)
  '1.012696': {
    onlineLevel: 'FULL',
    fees: [fee('Lệ phí đăng ký thường trú', 20_000, FEE_TEXT.CU_TRU)],
    onlineFees: [fee('Lệ phí đăng ký thường trú (nộp trực tuyến)', 10_000, FEE_TEXT.CU_TRU)],
    documents: [
      doc(
        'Tờ khai điện tử liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế',
        1,
        0,
        'Mẫu tờ khai liên thông (NĐ 63-2024-NĐ-CP).docx',
      ),
      doc('Giấy chứng sinh', 1, 0),
      IDENTITY,
      doc('Văn bản đồng ý của chủ hộ, chủ sở hữu chỗ ở hợp pháp cho đăng ký thường trú', 1, 0),
      RESIDENCE,
    ],
    result: {
      name: 'Giấy khai sinh; thông báo đăng ký thường trú; thẻ bảo hiểm y tế điện tử của trẻ',
      validity: 'Thẻ BHYT có giá trị đến ngày trẻ đủ 72 tháng tuổi',
    },
    legalBases: [LEGAL.ND_63_2024, LEGAL.HO_TICH, LEGAL.ND_123_2015, LEGAL.CU_TRU, LEGAL.BHYT],
    appraisal: 'Công chức Tư pháp - Hộ tịch thẩm định, đăng ký khai sinh, cấp số định danh cá nhân',
    approval: 'Chủ tịch (Phó Chủ tịch) UBND phường ký Giấy khai sinh',
    afterApproval: () => [
      stage('Công an phường đăng ký thường trú cho trẻ', 'SPECIALIST', CONG_AN_P_VINH_THANH_VAN, 4),
      stage('BHXH thành phố cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi', 'SPECIALIST', BHXH_RACH_GIA, 2),
    ],
  },
  // Liên thông: khai tử → xóa thường trú (Công an phường) → tử tuất, mai táng phí (BHXH thành phố)
  '1.012697': {
    onlineLevel: 'FULL',
    documents: [
      doc(
        'Tờ khai điện tử liên thông đăng ký khai tử, xóa đăng ký thường trú, hưởng chế độ tử tuất, mai táng phí',
        1,
        0,
        'Mẫu tờ khai liên thông (NĐ 63-2024-NĐ-CP).docx',
      ),
      doc('Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử', 1, 0),
      IDENTITY,
      doc('Sổ bảo hiểm xã hội hoặc quyết định hưởng lương hưu, trợ cấp của người chết (nếu có)', 0, 1, null, true),
    ],
    result: {
      name: 'Trích lục khai tử; thông báo xóa đăng ký thường trú; quyết định hưởng chế độ tử tuất, mai táng phí',
      validity: null,
    },
    legalBases: [LEGAL.ND_63_2024, LEGAL.HO_TICH, LEGAL.CU_TRU, LEGAL.BHXH, LEGAL.ND_20_2021],
    approval: 'Chủ tịch (Phó Chủ tịch) UBND phường ký Trích lục khai tử',
    afterApproval: () => [
      stage('Công an phường xóa đăng ký thường trú', 'SPECIALIST', CONG_AN_P_DUONG_DONG, 4),
      stage('BHXH thành phố giải quyết chế độ tử tuất, trợ cấp mai táng', 'SPECIALIST', BHXH_PHU_QUOC, 10),
    ],
  },
  // ------------------------------------------------------------------ Hộ tịch (district, có yếu tố nước ngoài)
  '2.000528': {
    fees: civilFee('Lệ phí đăng ký khai sinh có yếu tố nước ngoài', 75_000),
    documents: [...BIRTH_DOCS, FOREIGN_PAPERS],
    result: { name: 'Giấy khai sinh', validity: 'Không thời hạn' },
  },
  '2.000806': {
    noPostal: true,
    fees: civilFee('Lệ phí đăng ký kết hôn có yếu tố nước ngoài', 1_000_000),
    documents: [
      doc('Tờ khai đăng ký kết hôn', 1, 0, 'Mẫu TK kết hôn (TT 04-2020-TT-BTP).docx'),
      doc('Giấy xác nhận của tổ chức y tế có thẩm quyền xác nhận không mắc bệnh tâm thần', 1, 0),
      doc('Giấy tờ chứng minh tình trạng hôn nhân của người nước ngoài', 1, 0),
      doc('Bản sao hộ chiếu hoặc giấy tờ có giá trị thay hộ chiếu của người nước ngoài', 0, 1),
      IDENTITY,
    ],
    result: { name: 'Giấy chứng nhận kết hôn', validity: 'Không thời hạn' },
    appraisal: 'Phòng Tư pháp nghiên cứu, thẩm tra hồ sơ, xác minh (nếu cần)',
  },
  '2.000779': {
    fees: civilFee('Lệ phí đăng ký khai tử có yếu tố nước ngoài', 75_000),
    documents: [...DEATH_DOCS, FOREIGN_PAPERS],
    result: { name: 'Trích lục khai tử', validity: 'Không thời hạn' },
  },
  '2.000748': {
    fees: civilFee('Lệ phí thay đổi, cải chính hộ tịch, xác định lại dân tộc', 28_000),
    result: {
      name: 'Trích lục thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc',
      validity: 'Không thời hạn',
    },
  },
  '2.000756': {
    fees: civilFee('Lệ phí đăng ký nhận cha, mẹ, con có yếu tố nước ngoài', 1_000_000),
    documents: [
      doc('Tờ khai đăng ký nhận cha, mẹ, con', 1, 0, 'Mẫu TK nhận cha mẹ con (TT 04-2020-TT-BTP).docx'),
      doc('Văn bản xác nhận quan hệ cha, mẹ, con của cơ quan y tế, giám định', 1, 0),
      FOREIGN_PAPERS,
      IDENTITY,
    ],
    result: { name: 'Trích lục đăng ký nhận cha, mẹ, con', validity: 'Không thời hạn' },
  },
  '2.000522': {
    fees: civilFee('Lệ phí ghi vào Sổ hộ tịch việc kết hôn', 75_000),
    documents: [
      doc('Tờ khai ghi vào Sổ hộ tịch việc kết hôn', 1, 0, 'Mẫu TK ghi chú kết hôn (TT 04-2020-TT-BTP).docx'),
      FOREIGN_PAPERS,
      IDENTITY,
    ],
    result: { name: 'Trích lục ghi chú kết hôn', validity: 'Không thời hạn' },
  },
  '2.000513': {
    fees: civilFee('Lệ phí ghi vào Sổ hộ tịch việc ly hôn, hủy việc kết hôn', 75_000),
    documents: [
      doc(
        'Tờ khai ghi vào Sổ hộ tịch việc ly hôn, hủy việc kết hôn',
        1,
        0,
        'Mẫu TK ghi chú ly hôn (TT 04-2020-TT-BTP).docx',
      ),
      FOREIGN_PAPERS,
      IDENTITY,
    ],
    result: { name: 'Trích lục ghi chú ly hôn', validity: 'Không thời hạn' },
  },
  '2.000554': {
    fees: civilFee('Lệ phí đăng ký khai sinh có yếu tố nước ngoài', 75_000),
    documents: [BIRTH_DOCS[0]!, FOREIGN_PAPERS, IDENTITY],
    result: { name: 'Giấy khai sinh', validity: 'Không thời hạn' },
  },
  '2.000497': {
    fees: civilFee('Lệ phí đăng ký lại khai sinh có yếu tố nước ngoài', 75_000),
    documents: [BIRTH_DOCS[0]!, doc('Bản sao giấy tờ có thông tin khai sinh', 0, 1), IDENTITY],
    result: { name: 'Giấy khai sinh (đăng ký lại)', validity: 'Không thời hạn' },
  },
  // ------------------------------------------------------------------ Chứng thực
  '2.000815': {
    unit: 'HOUR',
    fees: copyFee(FEE_TEXT.CHUNG_THUC),
    documents: [doc('Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao và bản sao cần chứng thực', 1, 1)],
    result: { name: 'Bản sao được chứng thực từ bản chính', validity: 'Theo giá trị của bản chính' },
    conditions: 'Bản chính không thuộc các trường hợp bị cấm chứng thực bản sao (Điều 22 Nghị định 23/2015/NĐ-CP).',
  },
  '2.000843': {
    unit: 'HOUR',
    fees: copyFee(FEE_TEXT.CHUNG_THUC),
    documents: [
      doc(
        'Bản chính giấy tờ do cơ quan nước ngoài cấp (đã hợp pháp hóa lãnh sự, trừ trường hợp được miễn) và bản sao cần chứng thực',
        1,
        1,
      ),
    ],
    result: { name: 'Bản sao được chứng thực từ bản chính', validity: 'Theo giá trị của bản chính' },
  },
  '2.000884': {
    unit: 'HOUR',
    noPostal: true,
    fees: certFee('Phí chứng thực chữ ký (tính cho một trường hợp)', 10_000),
    documents: [IDENTITY, doc('Giấy tờ, văn bản mà mình sẽ ký', 1, 0)],
    result: { name: 'Giấy tờ, văn bản đã được chứng thực chữ ký', validity: null },
  },
  '2.000992': {
    unit: 'HOUR',
    noPostal: true,
    fees: certFee('Phí chứng thực chữ ký người dịch', 10_000),
    documents: [IDENTITY, doc('Bản dịch đính kèm giấy tờ, văn bản cần dịch', 1, 0)],
    result: { name: 'Bản dịch được chứng thực chữ ký người dịch', validity: null },
  },
  '2.001008': {
    unit: 'HOUR',
    noPostal: true,
    fees: certFee('Phí chứng thực chữ ký người dịch', 10_000),
    documents: [
      IDENTITY,
      doc('Bản dịch đính kèm giấy tờ, văn bản cần dịch', 1, 0),
      doc('Bằng cử nhân ngoại ngữ trở lên hoặc bằng tốt nghiệp đại học ở nước ngoài về thứ tiếng cần dịch', 0, 1),
    ],
    result: { name: 'Bản dịch được chứng thực chữ ký người dịch', validity: null },
  },
  '2.001035': signedInPerson({
    fee: ['Phí chứng thực hợp đồng, giao dịch', 50_000],
    documents: [doc('Dự thảo hợp đồng, giao dịch', 1, 0), IDENTITY, LAND_CERTIFICATE],
    result: 'Hợp đồng, giao dịch được chứng thực',
  }),
  '2.000942': signedInPerson({
    fee: ['Phí chứng thực hợp đồng, giao dịch', 50_000],
    documents: [
      doc('Dự thảo hợp đồng, giao dịch', 1, 0),
      IDENTITY,
      doc('Giấy đăng ký hoặc giấy tờ chứng minh quyền sở hữu động sản', 0, 1),
    ],
    result: 'Hợp đồng, giao dịch được chứng thực',
  }),
  '2.001016': signedInPerson({
    fee: ['Phí chứng thực di chúc', 50_000],
    documents: [
      doc('Dự thảo di chúc', 1, 0),
      IDENTITY,
      doc(
        'Giấy tờ chứng minh quyền sở hữu, quyền sử dụng tài sản (nếu di chúc liên quan đến tài sản phải đăng ký)',
        0,
        1,
      ),
    ],
    result: 'Di chúc được chứng thực',
  }),
  '2.001050': signedInPerson({
    fee: ['Phí chứng thực văn bản thỏa thuận phân chia di sản', 50_000],
    documents: [
      doc('Dự thảo văn bản thỏa thuận phân chia di sản', 1, 0),
      IDENTITY,
      doc('Giấy chứng tử hoặc giấy tờ chứng minh người để lại di sản đã chết', 0, 1),
      LAND_CERTIFICATE,
    ],
    result: 'Văn bản thỏa thuận phân chia di sản được chứng thực',
  }),
  '2.001406': signedInPerson({
    fee: ['Phí chứng thực văn bản khai nhận di sản', 50_000],
    documents: [
      doc('Dự thảo văn bản khai nhận di sản', 1, 0),
      IDENTITY,
      doc('Giấy chứng tử hoặc giấy tờ chứng minh người để lại di sản đã chết', 0, 1),
      LAND_CERTIFICATE,
    ],
    result: 'Văn bản khai nhận di sản được chứng thực',
  }),
  '2.001019': signedInPerson({
    fee: ['Phí chứng thực văn bản từ chối nhận di sản', 20_000],
    documents: [doc('Dự thảo văn bản từ chối nhận di sản', 1, 0), IDENTITY],
    result: 'Văn bản từ chối nhận di sản được chứng thực',
  }),
  '2.001044': signedInPerson({
    fee: ['Phí chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch', 30_000],
    documents: [
      doc('Dự thảo văn bản sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch', 1, 0),
      doc('Hợp đồng, giao dịch đã được chứng thực', 1, 0),
      IDENTITY,
    ],
    result: 'Văn bản sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch được chứng thực',
  }),
  '2.001052': signedInPerson({
    fee: ['Phí sửa lỗi sai sót trong hợp đồng, giao dịch', 25_000],
    documents: [doc('Hợp đồng, giao dịch đã được chứng thực có lỗi sai sót', 1, 0), IDENTITY],
    result: 'Hợp đồng, giao dịch đã được sửa lỗi sai sót',
  }),
  '2.001009': {
    unit: 'HOUR',
    fees: copyFee(FEE_TEXT.CHUNG_THUC),
    documents: [doc('Đơn đề nghị cấp bản sao có chứng thực', 1, 0), IDENTITY],
    result: { name: 'Bản sao có chứng thực hợp đồng, giao dịch', validity: null },
  },
  // ------------------------------------------------------------------ Lý lịch tư pháp, công chứng, đấu giá
  '2.000488': {
    applicantTypes: ['CITIZEN'],
    onlineLevel: 'FULL',
    fees: [
      fee('Phí cung cấp thông tin lý lịch tư pháp', 200_000, FEE_TEXT.LLTP),
      fee('Phí đối với sinh viên, người có công với cách mạng, thân nhân liệt sĩ', 100_000, FEE_TEXT.LLTP),
    ],
    documents: [
      doc('Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', 1, 0, 'Mẫu 03-2013-TT-LLTP.docx'),
      IDENTITY,
      doc('Bản chụp Sổ hộ khẩu hoặc giấy xác nhận thông tin về cư trú', 0, 1),
    ],
    result: { name: 'Phiếu lý lịch tư pháp số 1 hoặc số 2', validity: null },
    legalBases: [LEGAL.LLTP, LEGAL.PHI_LE_PHI],
    appraisal: 'Phòng Hành chính tư pháp tra cứu, xác minh thông tin lý lịch tư pháp',
    approval: 'Lãnh đạo Sở Tư pháp ký Phiếu lý lịch tư pháp',
    beforeApproval: () => [
      stage('Công an tỉnh tra cứu, cung cấp thông tin về án tích', 'SPECIALIST', '000.00.41.H37', 8),
    ],
  },
  '2.000505': {
    applicantTypes: ['ORGANISATION'],
    onlineLevel: 'INFORMATION',
    documents: [
      doc('Văn bản yêu cầu cấp Phiếu lý lịch tư pháp của cơ quan tiến hành tố tụng', 1, 0, 'Mẫu 05a-2013-TT-LLTP.docx'),
    ],
    result: { name: 'Phiếu lý lịch tư pháp số 2', validity: null },
    legalBases: [LEGAL.LLTP],
    beforeApproval: () => [
      stage('Công an tỉnh tra cứu, cung cấp thông tin về án tích', 'SPECIALIST', '000.00.41.H37', 8),
    ],
  },
  '2.000908': {
    applicantTypes: ['CITIZEN'],
    fees: [fee('Phí thẩm định điều kiện hoạt động Văn phòng công chứng', 1_000_000, FEE_TEXT.CONG_CHUNG)],
    result: { name: 'Quyết định cho phép thành lập Văn phòng công chứng', validity: null },
    approval: 'Giám đốc Sở Tư pháp ký tờ trình UBND tỉnh',
    afterApproval: provincePcDecides(10),
  },
  '2.000789': {
    fees: [fee('Phí thẩm định điều kiện hoạt động Văn phòng công chứng', 1_000_000, FEE_TEXT.CONG_CHUNG)],
    result: { name: 'Giấy đăng ký hoạt động Văn phòng công chứng', validity: null },
  },
  '2.000778': {
    applicantTypes: ['CITIZEN'],
    fees: [fee('Phí thẩm định tiêu chuẩn, điều kiện hành nghề công chứng', 1_000_000, FEE_TEXT.CONG_CHUNG)],
    documents: [
      doc('Đơn đề nghị đăng ký hành nghề và cấp Thẻ công chứng viên', 1, 0, 'Mẫu TP-CC-05.docx'),
      doc('Quyết định bổ nhiệm công chứng viên', 0, 1),
      PHOTO,
    ],
    result: { name: 'Thẻ công chứng viên', validity: null },
  },
  '1.008926': {
    applicantTypes: ['ORGANISATION'],
    fees: [fee('Phí thẩm định điều kiện hoạt động doanh nghiệp đấu giá tài sản', 1_000_000, FEE_TEXT.DAU_GIA)],
    legalBases: [LEGAL.DAU_GIA],
    result: { name: 'Giấy đăng ký hoạt động của doanh nghiệp đấu giá tài sản', validity: null },
  },
  // ------------------------------------------------------------------ Doanh nghiệp, đầu tư, thuế
  '2.002055': {
    fees: [fee('Phí công bố nội dung đăng ký doanh nghiệp', 100_000, FEE_TEXT.DANG_KY_DN)],
    onlineFees: [fee('Phí công bố nội dung đăng ký doanh nghiệp', 100_000, FEE_TEXT.DANG_KY_DN)],
    documents: [
      doc('Thông báo thay đổi nội dung đăng ký doanh nghiệp', 1, 0, 'Phụ lục II-1 (TT 02-2023-TT-BKHĐT).docx'),
      doc('Nghị quyết, quyết định của chủ sở hữu, Hội đồng thành viên, Đại hội đồng cổ đông', 1, 0),
    ],
    result: { name: 'Giấy xác nhận về việc thay đổi nội dung đăng ký doanh nghiệp', validity: null },
  },
  '2.002095': {
    fees: [],
    onlineFees: [],
    documents: [
      doc(
        'Thông báo về việc tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn',
        1,
        0,
        'Phụ lục II-19 (TT 02-2023-TT-BKHĐT).docx',
      ),
    ],
    result: { name: 'Giấy xác nhận về việc doanh nghiệp đăng ký tạm ngừng kinh doanh', validity: null },
  },
  '2.002060': {
    documents: [
      doc('Thông báo thay đổi người đại diện theo pháp luật', 1, 0, 'Phụ lục II-2 (TT 02-2023-TT-BKHĐT).docx'),
      doc('Nghị quyết, quyết định về việc thay đổi người đại diện theo pháp luật', 1, 0),
      doc('Giấy tờ pháp lý của cá nhân người đại diện theo pháp luật mới', 0, 1, null, true),
    ],
    result: { name: 'Giấy chứng nhận đăng ký doanh nghiệp (cập nhật thông tin người đại diện)', validity: null },
  },
  '2.002110': {
    fees: [fee('Lệ phí đăng ký hoạt động chi nhánh, văn phòng đại diện', 50_000, FEE_TEXT.DANG_KY_DN)],
    onlineFees: [],
    documents: [
      doc(
        'Thông báo về việc đăng ký hoạt động chi nhánh, văn phòng đại diện, địa điểm kinh doanh',
        1,
        0,
        'Phụ lục II-11 (TT 02-2023-TT-BKHĐT).docx',
      ),
      doc('Nghị quyết, quyết định về việc thành lập chi nhánh, văn phòng đại diện', 1, 0),
      ENTERPRISE_CERTIFICATE,
    ],
    result: { name: 'Giấy chứng nhận đăng ký hoạt động chi nhánh, văn phòng đại diện', validity: null },
  },
  '2.002118': {
    fees: [],
    onlineFees: [],
    documents: [
      doc('Thông báo về giải thể doanh nghiệp', 1, 0, 'Phụ lục II-22 (TT 02-2023-TT-BKHĐT).docx'),
      doc('Báo cáo thanh lý tài sản doanh nghiệp; danh sách chủ nợ và số nợ đã thanh toán', 1, 0),
      doc('Xác nhận của cơ quan thuế về việc hoàn thành nghĩa vụ thuế', 1, 0),
    ],
    conditions:
      'Doanh nghiệp đã thanh toán hết các khoản nợ và nghĩa vụ tài sản khác, không trong quá trình giải quyết tranh chấp tại Tòa án hoặc Trọng tài.',
    result: {
      name: 'Thông báo về việc giải thể; tình trạng pháp lý của doanh nghiệp cập nhật "Đã giải thể"',
      validity: null,
    },
    beforeApproval: () => [
      stage('Cục Thuế xác nhận hoàn thành nghĩa vụ thuế, đóng mã số thuế', 'SPECIALIST', CUC_THUE, 4),
    ],
  },
  '1.009643': {
    documents: [
      doc(
        'Giấy đề nghị đăng ký doanh nghiệp (kèm nội dung khai trình lao động, đăng ký hóa đơn, BHXH)',
        1,
        0,
        'Phụ lục I-1 (TT 02-2023-TT-BKHĐT).docx',
      ),
      doc('Điều lệ công ty', 1, 0),
      doc('Danh sách thành viên, cổ đông sáng lập', 1, 0),
      doc('Giấy tờ pháp lý của cá nhân đối với người đại diện theo pháp luật', 0, 1, null, true),
    ],
    result: {
      name: 'Giấy chứng nhận đăng ký doanh nghiệp; mã số đơn vị tham gia BHXH; thông báo chấp nhận sử dụng hóa đơn điện tử',
      validity: null,
    },
    legalBases: [LEGAL.DOANH_NGHIEP, LEGAL.ND_01_2021, LEGAL.ND_122_2020],
    appraisal: 'Phòng Đăng ký kinh doanh thẩm định hồ sơ',
    approval: 'Lãnh đạo Phòng Đăng ký kinh doanh cấp Giấy chứng nhận đăng ký doanh nghiệp',
    beforeApproval: () => [
      stage('Cục Thuế tạo mã số doanh nghiệp, tiếp nhận đăng ký sử dụng hóa đơn', 'SPECIALIST', CUC_THUE, 1),
    ],
    afterApproval: () => [
      stage('BHXH tỉnh cấp mã số đơn vị tham gia bảo hiểm xã hội', 'SPECIALIST', BHXH_TINH, 1),
      stage(
        'Sở Lao động - Thương binh và Xã hội tiếp nhận khai trình việc sử dụng lao động',
        'SPECIALIST',
        SO_LD_TB_XH,
        1,
      ),
    ],
  },
  '1.009645': {
    result: { name: 'Quyết định chấp thuận chủ trương đầu tư', validity: 'Theo thời hạn hoạt động của dự án' },
    approval: 'Giám đốc Sở Kế hoạch và Đầu tư ký báo cáo thẩm định, trình UBND tỉnh',
    beforeApproval: () => [
      stage(
        'Sở Tài nguyên và Môi trường và các sở, ngành liên quan góp ý nội dung thuộc phạm vi quản lý',
        'SPECIALIST',
        '000.00.10.H37',
        30,
      ),
    ],
    afterApproval: provincePcDecides(14),
  },
  '1.009646': { result: { name: 'Giấy chứng nhận đăng ký đầu tư', validity: 'Theo thời hạn hoạt động của dự án' } },
  '1.007765': {
    appraisal: 'Phòng Kê khai và Kế toán thuế thẩm định hồ sơ',
    applicantTypes: ['CITIZEN'],
    documents: [doc('Tờ khai đăng ký thuế', 1, 0, 'Mẫu 03-ĐK-TCT (TT 105-2020-TT-BTC).docx'), IDENTITY],
    result: { name: 'Giấy chứng nhận đăng ký thuế hoặc Thông báo mã số thuế', validity: null },
    legalBases: [LEGAL.QUAN_LY_THUE, LEGAL.TT_105_2020_BTC],
  },
  '1.000049': {
    appraisal: 'Phòng Kê khai và Kế toán thuế thẩm định hồ sơ',
    applicantTypes: ['ORGANISATION'],
    documents: [
      doc('Tờ khai đăng ký thuế', 1, 0, 'Mẫu 01-ĐK-TCT (TT 105-2020-TT-BTC).docx'),
      doc('Quyết định thành lập hoặc giấy tờ tương đương', 0, 1),
    ],
    result: { name: 'Giấy chứng nhận đăng ký thuế', validity: null },
    legalBases: [LEGAL.QUAN_LY_THUE, LEGAL.TT_105_2020_BTC],
  },
  '1.001612': {
    documents: [
      doc('Giấy đề nghị đăng ký hộ kinh doanh', 1, 0, 'Phụ lục III-1 (TT 02-2023-TT-BKHĐT).docx'),
      doc('Bản sao giấy tờ pháp lý của cá nhân đối với các thành viên hộ gia đình', 0, 1),
    ],
    afterApproval: () => [
      stage(
        'Chi cục Thuế khu vực tiếp nhận thông tin, cấp mã số thuế hộ kinh doanh',
        'SPECIALIST',
        CHI_CUC_THUE_RACH_GIA,
        1,
      ),
    ],
  },
  // ------------------------------------------------------------------ Đất đai
  '1.003010': {
    fees: [
      fee('Phí thẩm định hồ sơ đăng ký biến động', 300_000, KG),
      fee('Lệ phí chứng nhận đăng ký biến động', 30_000, KG),
    ],
    beforeApproval: () => [
      stage('Cục Thuế xác định nghĩa vụ tài chính, ra thông báo nộp thuế, lệ phí trước bạ', 'SPECIALIST', CUC_THUE, 6),
    ],
    appraisal: 'Văn phòng Đăng ký đất đai kiểm tra hồ sơ, gửi thông tin địa chính đến cơ quan thuế',
    approval: 'Lãnh đạo Văn phòng Đăng ký đất đai xác nhận biến động, cập nhật hồ sơ địa chính',
  },
  '1.012775': {
    onlineLevel: 'FULL',
    fees: [fee('Phí khai thác, sử dụng tài liệu đất đai (theo trang, hồ sơ)', 50_000, KG)],
    documents: [doc('Phiếu yêu cầu cung cấp thông tin, dữ liệu đất đai', 1, 0, 'Mẫu 01-PYC (NĐ 101-2024-NĐ-CP).docx')],
    conditions: null,
    result: { name: 'Thông tin, dữ liệu đất đai theo phiếu yêu cầu', validity: null },
  },
  '1.012760': {
    fees: [fee('Phí đo đạc, lập bản đồ địa chính thửa đất', 500_000, KG)],
    documents: [
      doc('Đơn đề nghị tách thửa đất, hợp thửa đất', 1, 0, 'Mẫu 01-TTHT (NĐ 101-2024-NĐ-CP).docx'),
      LAND_CERTIFICATE,
    ],
    result: { name: 'Giấy chứng nhận quyền sử dụng đất cho các thửa đất sau tách, hợp', validity: null },
  },
  '1.012753': {
    fees: [fee('Lệ phí cấp Giấy chứng nhận lần đầu', 100_000, KG)],
    documents: [
      doc('Đơn đăng ký đất đai, tài sản gắn liền với đất', 1, 0, 'Mẫu 04-ĐK (NĐ 101-2024-NĐ-CP).docx'),
      doc('Giấy tờ về quyền sử dụng đất theo Điều 137 Luật Đất đai (nếu có)', 0, 1),
      doc('Mảnh trích đo bản đồ địa chính thửa đất (nếu có)', 1, 0),
    ],
    result: { name: 'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất', validity: null },
    beforeApproval: () => [stage('Cơ quan thuế xác định nghĩa vụ tài chính', 'SPECIALIST', CUC_THUE, 10)],
  },
  '1.004203': {
    documents: [doc('Đơn xin chuyển mục đích sử dụng đất', 1, 0, 'Mẫu 02c (NĐ 102-2024-NĐ-CP).docx'), LAND_CERTIFICATE],
    result: { name: 'Quyết định cho phép chuyển mục đích sử dụng đất', validity: null },
  },
  '1.012761': {
    documents: [
      doc('Đơn xin giao đất, cho thuê đất', 1, 0, 'Mẫu 02a (NĐ 102-2024-NĐ-CP).docx'),
      doc('Trích lục bản đồ địa chính thửa đất', 1, 0),
    ],
    result: { name: 'Quyết định giao đất, cho thuê đất', validity: 'Theo thời hạn sử dụng đất' },
  },
  '1.012766': {
    fees: [],
    documents: [doc('Đơn đề nghị gia hạn sử dụng đất', 1, 0, 'Mẫu 08 (NĐ 102-2024-NĐ-CP).docx'), LAND_CERTIFICATE],
    result: { name: 'Giấy chứng nhận đã xác nhận thời hạn sử dụng đất mới', validity: null },
  },
  '1.012768': {
    fees: [],
    documents: [doc('Văn bản tự nguyện trả lại đất', 1, 0, 'Mẫu 14 (NĐ 102-2024-NĐ-CP).docx'), LAND_CERTIFICATE],
    result: { name: 'Quyết định thu hồi đất', validity: null },
  },
  '1.003554': {
    unit: 'CALENDAR_DAY',
    applicantTypes: ['CITIZEN', 'ORGANISATION'],
    onlineLevel: 'INFORMATION',
    fees: [],
    documents: [
      doc('Đơn yêu cầu hòa giải tranh chấp đất đai', 1, 0),
      doc('Giấy tờ, tài liệu có liên quan đến thửa đất tranh chấp', 0, 1),
    ],
    conditions: 'Tranh chấp đất đai mà các bên không tự hòa giải được.',
    result: { name: 'Biên bản hòa giải thành hoặc hòa giải không thành', validity: null },
    legalBases: [LEGAL.DAT_DAI, LEGAL.ND_102_2024],
    appraisal: 'Hội đồng hòa giải thẩm tra, xác minh nguyên nhân tranh chấp, thu thập giấy tờ, tài liệu',
    approval: 'Chủ tịch UBND xã chủ trì cuộc họp hòa giải, lập biên bản',
  },
  '1.012790': {
    fees: [fee('Lệ phí đăng ký thế chấp quyền sử dụng đất', 80_000, KG)],
    onlineFees: [fee('Lệ phí đăng ký thế chấp (nộp trực tuyến)', 40_000, KG)],
  },
  '1.012792': {
    unit: 'HOUR',
    fees: [fee('Lệ phí xóa đăng ký thế chấp', 20_000, KG)],
    documents: [doc('Phiếu yêu cầu xóa đăng ký', 1, 0, 'Mẫu 03a (NĐ 99-2022-NĐ-CP).docx'), LAND_CERTIFICATE],
    result: { name: 'Nội dung xóa đăng ký thế chấp được ghi vào Giấy chứng nhận', validity: null },
  },
  // ------------------------------------------------------------------ Xây dựng
  '1.009972': {
    applicantTypes: ['ORGANISATION'],
    beforeApproval: () => [
      stage(
        'Các cơ quan quản lý chuyên ngành (phòng cháy chữa cháy, môi trường) cho ý kiến',
        'SPECIALIST',
        '000.00.41.H37',
        12,
      ),
    ],
  },
  '1.009974': {
    applicantTypes: ['ORGANISATION'],
    fees: [fee('Phí thẩm định báo cáo nghiên cứu khả thi (theo tổng mức đầu tư)', 5_000_000, FEE_TEXT.XAY_DUNG)],
    documents: [
      doc('Tờ trình thẩm định báo cáo nghiên cứu khả thi', 1, 0, 'Mẫu 01 Phụ lục I (NĐ 15-2021-NĐ-CP).docx'),
      doc('Báo cáo nghiên cứu khả thi và thiết kế cơ sở', 1, 0),
      doc('Văn bản chấp thuận chủ trương đầu tư', 0, 1),
    ],
    result: { name: 'Văn bản thông báo kết quả thẩm định Báo cáo nghiên cứu khả thi', validity: null },
  },
  '1.011234': {
    applicantTypes: ['ORGANISATION'],
    fees: [fee('Phí thẩm định báo cáo kinh tế - kỹ thuật (theo tổng mức đầu tư)', 1_500_000, FEE_TEXT.XAY_DUNG)],
    documents: [
      doc('Tờ trình thẩm định Báo cáo kinh tế - kỹ thuật', 1, 0, 'Mẫu 01 Phụ lục I (NĐ 15-2021-NĐ-CP).docx'),
      doc('Báo cáo kinh tế - kỹ thuật và thiết kế bản vẽ thi công', 1, 0),
    ],
    result: { name: 'Văn bản thông báo kết quả thẩm định Báo cáo kinh tế - kỹ thuật', validity: null },
  },
  '1.009982': {
    applicantTypes: ['CITIZEN'],
    fees: [fee('Lệ phí cấp chứng chỉ hành nghề hoạt động xây dựng', 150_000, FEE_TEXT.XAY_DUNG)],
    documents: [
      doc('Đơn đề nghị cấp chứng chỉ hành nghề', 1, 0, 'Mẫu 01 Phụ lục IV (NĐ 15-2021-NĐ-CP).docx'),
      doc('Văn bằng do cơ sở đào tạo hợp pháp cấp', 0, 1),
      doc('Bản khai kinh nghiệm công việc chuyên môn', 1, 0),
      PHOTO,
    ],
    result: { name: 'Chứng chỉ hành nghề hoạt động xây dựng', validity: '05 năm' },
  },
  '1.009990': {
    applicantTypes: ['ORGANISATION'],
    fees: [fee('Lệ phí cấp chứng chỉ năng lực hoạt động xây dựng', 1_000_000, FEE_TEXT.XAY_DUNG)],
    documents: [
      doc('Đơn đề nghị cấp chứng chỉ năng lực', 1, 0, 'Mẫu 04 Phụ lục IV (NĐ 15-2021-NĐ-CP).docx'),
      doc('Danh sách cá nhân chủ chốt kèm chứng chỉ hành nghề', 1, 0),
      doc('Hợp đồng và biên bản nghiệm thu công việc đã thực hiện', 0, 1),
    ],
    result: { name: 'Chứng chỉ năng lực hoạt động xây dựng', validity: '10 năm' },
  },
  '1.009997': {
    fees: [fee('Lệ phí gia hạn giấy phép xây dựng', 15_000, KG)],
    documents: [
      doc('Đơn đề nghị gia hạn giấy phép xây dựng', 1, 0, 'Mẫu 02 Phụ lục II (NĐ 15-2021-NĐ-CP).docx'),
      doc('Bản chính giấy phép xây dựng đã được cấp', 1, 0),
    ],
    result: { name: 'Giấy phép xây dựng được gia hạn', validity: '12 tháng' },
  },
  '1.009998': {
    fees: [fee('Lệ phí cấp lại giấy phép xây dựng', 15_000, KG)],
    documents: [
      doc('Đơn đề nghị cấp lại giấy phép xây dựng', 1, 0, 'Mẫu 02 Phụ lục II (NĐ 15-2021-NĐ-CP).docx'),
      doc('Bản chính giấy phép xây dựng bị rách, nát (nếu có)', 1, 0),
    ],
  },
  // ------------------------------------------------------------------ Giao thông
  '1.002809': {
    applicantTypes: ['CITIZEN'],
    fees: [fee('Lệ phí cấp giấy phép lái xe quốc tế', 135_000, FEE_TEXT.GPLX)],
    documents: [
      doc('Tờ khai đề nghị cấp giấy phép lái xe quốc tế', 1, 0, 'Mẫu Phụ lục XXXV (TT 35-2024-TT-BGTVT).docx'),
      doc('Giấy phép lái xe quốc gia còn hạn', 0, 1, null, true),
      PHOTO,
    ],
    result: {
      name: 'Giấy phép lái xe quốc tế (IDP)',
      validity: 'Không quá 03 năm và không quá thời hạn của giấy phép lái xe quốc gia',
    },
  },
  '1.002804': {
    applicantTypes: ['CITIZEN'],
    documents: [
      doc('Đơn đề nghị đổi giấy phép lái xe', 1, 0, 'Mẫu Phụ lục XIX (TT 35-2024-TT-BGTVT).docx'),
      doc('Giấy khám sức khỏe của người lái xe', 1, 0, null, true),
      IDENTITY,
    ],
    result: { name: 'Giấy phép lái xe (cấp đổi)', validity: 'Theo hạng giấy phép lái xe' },
  },
  '1.002793': {
    applicantTypes: ['CITIZEN'],
    documents: [
      doc('Đơn đề nghị cấp lại giấy phép lái xe', 1, 0, 'Mẫu Phụ lục XIX (TT 35-2024-TT-BGTVT).docx'),
      doc('Giấy khám sức khỏe của người lái xe', 1, 0, null, true),
      IDENTITY,
    ],
  },
  '1.002861': {
    applicantTypes: ['ORGANISATION'],
    fees: [fee('Lệ phí cấp giấy phép kinh doanh vận tải bằng xe ô tô', 200_000, KG)],
    documents: [
      doc('Giấy đề nghị cấp Giấy phép kinh doanh', 1, 0, 'Mẫu Phụ lục I (NĐ 10-2020-NĐ-CP).docx'),
      doc('Phương án kinh doanh vận tải bằng xe ô tô', 1, 0),
      ENTERPRISE_CERTIFICATE,
    ],
    legalBases: [LEGAL.DUONG_BO, LEGAL.ND_10_2020],
    result: { name: 'Giấy phép kinh doanh vận tải bằng xe ô tô', validity: 'Không thời hạn' },
  },
  '1.002856': {
    applicantTypes: ['ORGANISATION'],
    fees: [],
    documents: [
      doc('Giấy đề nghị cấp phù hiệu', 1, 0, 'Mẫu Phụ lục V (NĐ 10-2020-NĐ-CP).docx'),
      doc('Giấy đăng ký xe ô tô hoặc hợp đồng thuê phương tiện', 0, 1),
    ],
    legalBases: [LEGAL.DUONG_BO, LEGAL.ND_10_2020],
    result: { name: 'Phù hiệu xe ô tô kinh doanh vận tải', validity: 'Theo đề nghị, tối đa 07 năm' },
  },
  // ------------------------------------------------------------------ Y tế, giáo dục, lao động
  '1.004587': {
    applicantTypes: ['ORGANISATION'],
    fees: [fee('Phí thẩm định điều kiện kinh doanh thuốc (nhà thuốc)', 1_000_000, FEE_TEXT.DUOC)],
    result: { name: 'Giấy chứng nhận đủ điều kiện kinh doanh dược', validity: 'Không thời hạn' },
  },
  '2.001914': {
    unit: 'HOUR',
    onlineLevel: 'FULL',
    fees: [fee('Phí cấp bản sao văn bằng, chứng chỉ từ sổ gốc', 3_000, KG)],
  },
  '2.001915': {
    result: { name: 'Quyết định chỉnh sửa văn bằng, chứng chỉ', validity: null },
    documents: [
      doc('Đơn đề nghị chỉnh sửa văn bằng, chứng chỉ', 1, 0, 'Mẫu 02 (TT 21-2019-TT-BGDĐT).docx'),
      doc('Văn bằng, chứng chỉ đề nghị chỉnh sửa', 1, 0),
      doc('Trích lục hoặc quyết định thay đổi, cải chính hộ tịch', 0, 1, null, true),
    ],
  },
  '1.005090': {
    applicantTypes: ['CITIZEN'],
    onlineLevel: 'FULL',
    documents: [
      doc(
        'Đơn xin chuyển trường do cha mẹ hoặc người giám hộ ký',
        1,
        0,
        'Mẫu đơn chuyển trường (QĐ 51-2002-QĐ-BGDĐT).docx',
      ),
      doc('Học bạ (bản chính)', 1, 0),
      doc('Giấy giới thiệu chuyển trường của trường nơi đi', 1, 0),
    ],
    result: { name: 'Giấy giới thiệu chuyển trường và hồ sơ học sinh được tiếp nhận', validity: null },
  },
  '1.005145': {
    applicantTypes: ['CITIZEN'],
    onlineLevel: 'FULL',
    documents: [
      doc(
        'Đơn xin chuyển trường do cha mẹ hoặc người giám hộ ký',
        1,
        0,
        'Mẫu đơn chuyển trường (QĐ 51-2002-QĐ-BGDĐT).docx',
      ),
      doc('Học bạ (bản chính)', 1, 0),
      doc('Giấy giới thiệu chuyển trường của trường nơi đi', 1, 0),
    ],
    result: { name: 'Giấy giới thiệu chuyển trường và hồ sơ học sinh được tiếp nhận', validity: null },
  },
  '1.004475': {
    applicantTypes: ['ORGANISATION'],
    result: { name: 'Quyết định thành lập hoặc cho phép thành lập trường trung học phổ thông', validity: null },
    approval: 'Giám đốc Sở Giáo dục và Đào tạo ký tờ trình UBND tỉnh',
    afterApproval: provincePcDecides(8),
  },
  '1.001978': {
    applicantTypes: ['CITIZEN'],
    fees: [],
    documents: [
      doc('Đề nghị hưởng trợ cấp thất nghiệp', 1, 0, 'Mẫu số 03 (TT 15-2023-TT-BLĐTBXH).docx'),
      doc('Quyết định thôi việc hoặc văn bản chứng minh chấm dứt hợp đồng lao động', 0, 1),
      doc('Sổ bảo hiểm xã hội', 1, 0, null, true),
    ],
    result: { name: 'Quyết định hưởng trợ cấp thất nghiệp', validity: 'Theo số tháng hưởng trong quyết định' },
    legalBases: [LEGAL.VIEC_LAM],
    afterApproval: () => [stage('BHXH tỉnh chi trả trợ cấp thất nghiệp tháng đầu', 'SPECIALIST', BHXH_TINH, 4)],
  },
  '1.010803': {
    applicantTypes: ['CITIZEN'],
    legalBases: [LEGAL.ND_131_2021],
    result: { name: 'Quyết định trợ cấp thờ cúng liệt sĩ', validity: null },
  },
  '1.001865': {
    fees: [fee('Phí thẩm định cấp giấy phép hoạt động dịch vụ việc làm', 1_000_000, KG)],
    legalBases: [LEGAL.VIEC_LAM, LEGAL.KG_FEES],
    result: { name: 'Giấy phép hoạt động dịch vụ việc làm', validity: '05 năm' },
  },
  '1.000459': {
    fees: [fee('Lệ phí gia hạn giấy phép lao động', 450_000, KG)],
    result: { name: 'Giấy phép lao động (gia hạn)', validity: 'Một lần, tối đa 02 năm' },
  },
  // ------------------------------------------------------------------ Bảo trợ xã hội
  '1.001699': {
    documents: [
      doc('Đơn đề nghị xác định mức độ khuyết tật', 1, 0, 'Mẫu số 01 (TT 01-2019-TT-BLĐTBXH).docx'),
      doc('Bản sao hồ sơ bệnh án, giấy tờ khám, điều trị (nếu có)', 0, 1),
      IDENTITY,
    ],
    legalBases: [LEGAL.NGUOI_KHUYET_TAT],
    result: { name: 'Giấy xác nhận khuyết tật', validity: 'Đến khi xác định lại mức độ khuyết tật' },
  },
  '1.001653': {
    documents: [
      doc('Đơn đề nghị đổi, cấp lại Giấy xác nhận khuyết tật', 1, 0, 'Mẫu số 03 (TT 01-2019-TT-BLĐTBXH).docx'),
      IDENTITY,
    ],
    legalBases: [LEGAL.NGUOI_KHUYET_TAT],
    result: { name: 'Giấy xác nhận khuyết tật (đổi, cấp lại)', validity: null },
  },
  '1.001731': {
    documents: [
      doc('Tờ khai đề nghị hỗ trợ chi phí mai táng', 1, 0, 'Mẫu số 04 (NĐ 20-2021-NĐ-CP).docx'),
      doc('Giấy báo tử hoặc trích lục khai tử', 0, 1, null, true),
    ],
    result: { name: 'Quyết định hỗ trợ chi phí mai táng', validity: null },
  },
  '2.000286': {
    documents: [doc('Tờ khai đề nghị hỗ trợ về nhà ở', 1, 0, 'Mẫu số 05 (NĐ 20-2021-NĐ-CP).docx'), IDENTITY],
    conditions:
      'Hộ gia đình có nhà ở bị đổ, sập, trôi, cháy hoàn toàn hoặc hư hỏng nặng do thiên tai, hỏa hoạn mà không còn nơi ở.',
    result: { name: 'Quyết định hỗ trợ làm nhà ở, sửa chữa nhà ở', validity: null },
  },
  // ------------------------------------------------------------------ Công an, BHXH
  '2.001412': {
    appraisal: 'Phòng Quản lý xuất nhập cảnh thẩm định, xác minh nhân thân',
    applicantTypes: ['CITIZEN'],
    onlineLevel: 'FULL',
    fees: [fee('Lệ phí cấp hộ chiếu phổ thông', 200_000, 'Thông tư 25/2021/TT-BTC')],
    documents: [
      doc('Tờ khai đề nghị cấp hộ chiếu phổ thông', 1, 0, 'Mẫu TK01 (TT 31-2023-TT-BCA).docx'),
      IDENTITY,
      PHOTO,
    ],
    legalBases: [LEGAL.XNC],
    result: { name: 'Hộ chiếu phổ thông', validity: '10 năm' },
  },
  '2.001950': {
    appraisal: 'Phòng Cảnh sát giao thông kiểm tra xe, thẩm định hồ sơ',
    applicantTypes: ['CITIZEN', 'ORGANISATION'],
    fees: [fee('Lệ phí cấp chứng nhận đăng ký xe kèm biển số (xe ô tô)', 500_000, FEE_TEXT.DANG_KY_XE)],
    documents: [
      doc('Giấy khai đăng ký xe', 1, 0, 'Mẫu ĐKX12 (TT 79-2024-TT-BCA).docx'),
      doc('Chứng từ nguồn gốc, chứng từ chuyển quyền sở hữu, lệ phí trước bạ của xe', 1, 0, null, true),
      IDENTITY,
    ],
    legalBases: [LEGAL.TT_ATGT_DB, LEGAL.TT_79_2024_BCA],
    result: { name: 'Chứng nhận đăng ký xe và biển số xe', validity: null },
  },
  '1.002759': {
    appraisal: 'Phòng Cấp sổ, thẻ thẩm định hồ sơ',
    documents: [
      doc(
        'Tờ khai tham gia, điều chỉnh thông tin bảo hiểm xã hội, bảo hiểm y tế',
        1,
        0,
        'Mẫu TK1-TS (QĐ 896-QĐ-BHXH).docx',
      ),
      IDENTITY,
    ],
    result: { name: 'Sổ bảo hiểm xã hội, thẻ bảo hiểm y tế (cấp lại, đổi, điều chỉnh)', validity: null },
  },
  // ------------------------------------------------------------------ Nội vụ, văn hóa, thi đua
  '1.003807': {
    applicantTypes: ['ORGANISATION'],
    legalBases: [LEGAL.ND_126_2024],
    result: { name: 'Quyết định cho phép thành lập hội', validity: null },
    approval: 'Giám đốc Sở Nội vụ ký tờ trình UBND tỉnh',
    afterApproval: provincePcDecides(10),
  },
  '2.001481': {
    applicantTypes: ['ORGANISATION'],
    legalBases: [LEGAL.ND_126_2024],
    result: { name: 'Quyết định phê duyệt điều lệ hội', validity: null },
  },
  '1.000954': {
    applicantTypes: ['CITIZEN'],
    onlineLevel: 'INFORMATION',
    documents: [
      doc('Biên bản họp bình xét của thôn, tổ dân phố', 1, 0, 'Mẫu số 03 (NĐ 86-2023-NĐ-CP).docx'),
      doc('Danh sách hộ gia đình đề nghị công nhận', 1, 0),
    ],
    legalBases: [LEGAL.ND_86_2023],
    result: { name: 'Quyết định tặng danh hiệu Gia đình văn hóa kèm Giấy chứng nhận', validity: '01 năm' },
  },
  '1.001029': {
    applicantTypes: ['CITIZEN', 'ORGANISATION'],
    fees: [
      fee(
        'Phí thẩm định cấp giấy phép kinh doanh karaoke (tại thành phố, từ 01 đến 03 phòng)',
        4_000_000,
        'Thông tư 01/2021/TT-BTC',
      ),
    ],
    result: { name: 'Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke', validity: null },
  },
  '1.004628': {
    applicantTypes: ['ORGANISATION'],
    fees: [fee('Phí thẩm định cấp giấy phép kinh doanh dịch vụ lữ hành nội địa', 3_000_000, FEE_TEXT.DU_LICH)],
    result: { name: 'Giấy phép kinh doanh dịch vụ lữ hành nội địa', validity: 'Không thời hạn' },
  },
  '1.004623': {
    applicantTypes: ['CITIZEN'],
    onlineLevel: 'FULL',
    fees: [fee('Phí thẩm định cấp thẻ hướng dẫn viên du lịch', 650_000, FEE_TEXT.DU_LICH)],
    documents: [
      doc('Đơn đề nghị cấp thẻ hướng dẫn viên du lịch', 1, 0, 'Mẫu số 03 (TT 06-2017-TT-BVHTTDL).docx'),
      doc('Giấy chứng nhận sức khỏe', 1, 0),
      doc('Chứng chỉ nghiệp vụ hướng dẫn du lịch', 0, 1),
      PHOTO,
    ],
    result: { name: 'Thẻ hướng dẫn viên du lịch nội địa', validity: '05 năm' },
  },
  '1.004614': {
    applicantTypes: ['CITIZEN'],
    onlineLevel: 'FULL',
    fees: [fee('Phí thẩm định cấp thẻ hướng dẫn viên du lịch', 650_000, FEE_TEXT.DU_LICH)],
    documents: [
      doc('Đơn đề nghị cấp thẻ hướng dẫn viên du lịch', 1, 0, 'Mẫu số 03 (TT 06-2017-TT-BVHTTDL).docx'),
      doc('Giấy chứng nhận sức khỏe', 1, 0),
      doc('Giấy tờ chứng minh sử dụng thành thạo ngoại ngữ', 0, 1),
      PHOTO,
    ],
    result: { name: 'Thẻ hướng dẫn viên du lịch quốc tế', validity: '05 năm' },
  },
  '1.003725': {
    applicantTypes: ['ORGANISATION'],
    legalBases: [LEGAL.XUAT_BAN, LEGAL.ND_60_2014],
    result: { name: 'Giấy phép hoạt động in', validity: null },
  },
  '1.003768': {
    applicantTypes: ['ORGANISATION'],
    legalBases: [LEGAL.XUAT_BAN],
    result: { name: 'Giấy phép xuất bản tài liệu không kinh doanh', validity: null },
  },
  '1.000876': {
    applicantTypes: ['ORGANISATION'],
    fees: [
      fee('Phí thẩm định cấp giấy phép sử dụng thiết bị X-quang chẩn đoán y tế', 2_000_000, 'Thông tư 287/2016/TT-BTC'),
    ],
    legalBases: [LEGAL.NANG_LUONG_NGUYEN_TU],
    result: { name: 'Giấy phép tiến hành công việc bức xạ', validity: '05 năm' },
  },
  '2.002143': {
    applicantTypes: ['ORGANISATION'],
    onlineLevel: 'FULL',
    legalBases: [LEGAL.NGAN_SACH],
    result: { name: 'Giấy chứng nhận mã số đơn vị có quan hệ với ngân sách', validity: null },
  },
  '1.003009': {
    applicantTypes: ['ORGANISATION'],
    legalBases: [LEGAL.ATTP, LEGAL.NAL_ATTP_NN],
    result: { name: 'Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', validity: '03 năm' },
  },
  '1.004359': {
    applicantTypes: ['CITIZEN', 'ORGANISATION'],
    fees: [fee('Lệ phí cấp giấy phép khai thác thủy sản', 40_000, 'Thông tư 118/2018/TT-BTC')],
    result: { name: 'Giấy phép khai thác thủy sản', validity: 'Theo thời hạn đăng kiểm của tàu cá' },
  },
  '1.004692': {
    fees: [fee('Lệ phí cấp Giấy chứng nhận đăng ký tàu cá', 40_000, 'Thông tư 118/2018/TT-BTC')],
    documents: [
      doc('Tờ khai đăng ký tàu cá', 1, 0, 'Mẫu số 01.ĐKT (TT 23-2018-TT-BNNPTNT).docx'),
      doc('Giấy chứng nhận an toàn kỹ thuật tàu cá', 0, 1),
      doc('Giấy tờ chứng minh nguồn gốc tàu cá', 0, 1),
      PHOTO,
    ],
  },
  '1.004697': {
    onlineLevel: 'FULL',
    documents: [
      doc('Giấy đề nghị xác nhận thủy sản khai thác', 1, 0, 'Mẫu số 02 (NĐ 37-2024-NĐ-CP).docx'),
      doc('Bản sao nhật ký khai thác thủy sản', 0, 1),
    ],
    result: { name: 'Giấy xác nhận thủy sản khai thác', validity: null },
  },
  // ------------------------------------------------------------------ Results and documents of template-built procedures
  '2.000720': {
    fees: [fee('Lệ phí đăng ký thay đổi nội dung đăng ký hộ kinh doanh', 50_000, KG)],
    documents: [
      doc('Thông báo thay đổi nội dung đăng ký hộ kinh doanh', 1, 0, 'Phụ lục III-2 (TT 02-2023-TT-BKHĐT).docx'),
      doc('Bản gốc Giấy chứng nhận đăng ký hộ kinh doanh', 1, 0),
    ],
    result: { name: 'Giấy chứng nhận đăng ký hộ kinh doanh (thay đổi nội dung)', validity: null },
  },
  '1.001570': {
    fees: [],
    onlineFees: [],
    documents: [
      doc(
        'Thông báo về việc tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn của hộ kinh doanh',
        1,
        0,
        'Phụ lục III-4 (TT 02-2023-TT-BKHĐT).docx',
      ),
    ],
    result: { name: 'Giấy xác nhận về việc hộ kinh doanh đăng ký tạm ngừng kinh doanh', validity: null },
  },
  '1.001266': {
    fees: [],
    onlineFees: [],
    documents: [
      doc('Thông báo về việc chấm dứt hoạt động hộ kinh doanh', 1, 0, 'Phụ lục III-5 (TT 02-2023-TT-BKHĐT).docx'),
      doc('Thông báo của cơ quan thuế về việc chấm dứt hiệu lực mã số thuế', 1, 0, null, true),
      doc('Bản gốc Giấy chứng nhận đăng ký hộ kinh doanh', 1, 0),
    ],
    result: { name: 'Thông báo về việc chấm dứt hoạt động hộ kinh doanh', validity: null },
  },
  '2.000575': {
    fees: [fee('Lệ phí cấp lại Giấy chứng nhận đăng ký hộ kinh doanh', 50_000, KG)],
    documents: [
      doc(
        'Giấy đề nghị cấp lại Giấy chứng nhận đăng ký hộ kinh doanh',
        1,
        0,
        'Phụ lục III-3 (TT 02-2023-TT-BKHĐT).docx',
      ),
    ],
    result: { name: 'Giấy chứng nhận đăng ký hộ kinh doanh (cấp lại)', validity: null },
  },
  '1.004443': {
    applicantTypes: ['ORGANISATION'],
    result: { name: 'Quyết định cho phép hoạt động giáo dục', validity: null },
  },
  '1.004492': {
    applicantTypes: ['ORGANISATION'],
    result: { name: 'Quyết định thành lập hoặc cho phép thành lập trường tiểu học', validity: null },
  },
  '1.008948': {
    result: { name: 'Quyết định cho phép nhóm trẻ, lớp mẫu giáo độc lập hoạt động giáo dục', validity: null },
  },
  '1.001055': {
    applicantTypes: ['ORGANISATION'],
    result: { name: 'Văn bản chấp thuận đăng ký hoạt động tín ngưỡng', validity: '01 năm' },
  },
  '1.001078': {
    applicantTypes: ['ORGANISATION'],
    documents: [
      doc('Văn bản đề nghị đăng ký sinh hoạt tôn giáo tập trung', 1, 0, 'Mẫu B1 (NĐ 95-2023-NĐ-CP).docx'),
      doc('Giấy tờ chứng minh tính hợp pháp của địa điểm sinh hoạt tôn giáo tập trung', 0, 1),
      doc('Danh sách những người tham gia sinh hoạt tôn giáo tập trung', 1, 0),
    ],
    result: { name: 'Văn bản chấp thuận đăng ký sinh hoạt tôn giáo tập trung', validity: null },
  },
  '1.001109': {
    applicantTypes: ['ORGANISATION'],
    result: {
      name: 'Văn bản trả lời của Ủy ban nhân dân cấp xã (trường hợp không đồng ý tổ chức lễ hội)',
      validity: null,
    },
  },
  '2.000930': {
    result: { name: 'Quyết định công nhận tuyên truyền viên pháp luật', validity: null },
    legalBases: [LEGAL.PBGDPL],
  },
  '2.000931': { result: { name: 'Quyết định công nhận hòa giải viên', validity: null } },
  '2.000925': {
    documents: [doc('Văn bản đề nghị cho thôi làm hòa giải viên của Trưởng ban công tác Mặt trận', 1, 0)],
    result: { name: 'Quyết định cho thôi làm hòa giải viên', validity: null },
  },
  '2.000929': {
    documents: [
      doc(
        'Giấy đề nghị thanh toán thù lao cho hòa giải viên',
        1,
        0,
        'Mẫu đề nghị thanh toán thù lao (TT 100-2014-TTLT-BTC-BTP).docx',
      ),
      doc('Biên bản hòa giải, sổ theo dõi hoạt động hòa giải ở cơ sở', 0, 1),
    ],
    result: { name: 'Quyết định thanh toán thù lao cho hòa giải viên', validity: null },
  },
  '1.001432': {
    applicantTypes: ['ORGANISATION'],
    fees: [fee('Phí thẩm định công nhận hạng cơ sở lưu trú du lịch (hạng 1 - 3 sao)', 1_500_000, FEE_TEXT.DU_LICH)],
    result: { name: 'Quyết định công nhận hạng cơ sở lưu trú du lịch', validity: '05 năm' },
  },
  '1.010725': {
    result: { name: 'Quyết định phê duyệt kết quả thẩm định báo cáo đánh giá tác động môi trường', validity: null },
  },
  '1.010727': {
    result: { name: 'Giấy phép môi trường', validity: '07 năm (dự án nhóm II), 10 năm (các trường hợp khác)' },
  },
};
