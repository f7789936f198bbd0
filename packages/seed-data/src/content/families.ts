/**
 * Per-field templates (lĩnh vực): what procedures of one field share — who files, what they
 * bring, the law, who appraises inside the deciding agency, the usual fees and result.
 * ./overrides.ts refines single procedures.
 */
import type { SeedAgency } from '../agencies.js';
import type { ApplicantType, Fee, LegalBasis, OnlineServiceLevel, RequiredDocument } from '../procedure-terms.js';
import type { SeedProcedure } from '../procedures.js';
import {
  AUTHORISATION,
  doc,
  ENTERPRISE_CERTIFICATE,
  IDENTITY,
  LAND_CERTIFICATE,
  PHOTO,
  RESIDENCE,
} from './documents.js';
import { FEE_TEXT, LEGAL } from './legal.js';

export interface FamilyContext {
  procedure: SeedProcedure;
  competent: SeedAgency;
  /** "thành phố" or "huyện" for a district PC; the commune's kind ("phường", "xã", "thị trấn"). */
  isCity: boolean;
}

export interface Family {
  applicantTypes: ApplicantType[];
  onlineLevel: OnlineServiceLevel;
  /** Fees when filed in person (and by post); online filing pays the same unless overridden. */
  fees(ctx: FamilyContext): Fee[];
  /** Fees when filed online, where they differ (e.g. no lệ phí for online business registration). */
  onlineFees?(ctx: FamilyContext): Fee[];
  documents(ctx: FamilyContext): RequiredDocument[];
  conditions: string | null;
  result(ctx: FamilyContext): { name: string; validity: string | null };
  legalBases: LegalBasis[];
  /** The office inside the deciding agency that appraises (Phòng Tư pháp, Phòng ĐKKD, ...). */
  office(ctx: FamilyContext): string;
}

const fee = (description: string, amountVnd: number, legalText: string | null): Fee => ({
  description,
  amountVnd,
  legalText,
});
export { fee };

const form = (name: string, template: string) => doc(name, 1, 0, template);

/** "Cấp Giấy phép bán lẻ rượu" → "Giấy phép bán lẻ rượu"; other names → null. */
export function resultFromName(name: string): string | null {
  const match = /^(Cấp lại|Cấp đổi|Cấp|Gia hạn|Điều chỉnh|Đổi)\s+(.*)$/.exec(name);
  if (!match) return null;
  const [, verb, rest] = match;
  const object = rest!.split(
    / (?:đối với|cho người|cho cơ sở|cho công dân|theo hình thức|do ngành|trên địa bàn|tại) /,
  )[0]!;
  const capitalised = object.charAt(0).toUpperCase() + object.slice(1);
  const note: Record<string, string> = {
    'Cấp lại': ' (cấp lại)',
    'Cấp đổi': ' (cấp đổi)',
    'Gia hạn': ' (gia hạn)',
    'Điều chỉnh': ' (điều chỉnh)',
    Đổi: ' (cấp đổi)',
  };
  return `${capitalised}${note[verb!] ?? ''}`;
}

const resultOr =
  (fallback: string, validity: string | null = null) =>
  (ctx: FamilyContext) => ({
    name: resultFromName(ctx.procedure.name) ?? fallback,
    validity,
  });

const CIVIL_STATUS: Family = {
  applicantTypes: ['CITIZEN'],
  onlineLevel: 'FULL',
  fees: () => [],
  documents: () => [IDENTITY, RESIDENCE, AUTHORISATION],
  conditions: null,
  result: () => ({ name: 'Trích lục hộ tịch tương ứng với việc đăng ký', validity: 'Không thời hạn' }),
  legalBases: [LEGAL.HO_TICH, LEGAL.ND_123_2015, LEGAL.TT_04_2020_BTP, LEGAL.KG_FEES],
  office: ({ procedure }) => (procedure.level === 'COMMUNE' ? 'Công chức Tư pháp - Hộ tịch' : 'Phòng Tư pháp'),
};

const CERTIFICATION: Family = {
  applicantTypes: ['CITIZEN', 'ORGANISATION'],
  onlineLevel: 'PARTIAL',
  fees: () => [fee('Phí chứng thực', 50_000, FEE_TEXT.CHUNG_THUC)],
  documents: () => [IDENTITY, doc('Dự thảo hợp đồng, giao dịch hoặc văn bản cần chứng thực', 1, 0)],
  conditions:
    'Người yêu cầu chứng thực phải có năng lực hành vi dân sự đầy đủ và ký trước mặt người thực hiện chứng thực.',
  result: () => ({ name: 'Văn bản được chứng thực', validity: 'Không thời hạn' }),
  legalBases: [LEGAL.ND_23_2015, LEGAL.TT_01_2020_BTP, LEGAL.PHI_LE_PHI],
  office: ({ procedure }) => (procedure.level === 'COMMUNE' ? 'Công chức Tư pháp - Hộ tịch' : 'Phòng Tư pháp'),
};

const JUSTICE_ORGANISATIONS: Family = {
  applicantTypes: ['CITIZEN', 'ORGANISATION'],
  onlineLevel: 'PARTIAL',
  fees: () => [],
  documents: () => [
    form('Đơn đề nghị (theo mẫu)', 'Mẫu TP-CC-01.docx'),
    doc('Giấy tờ chứng minh đủ điều kiện theo quy định', 0, 1),
    IDENTITY,
  ],
  conditions: 'Đáp ứng các tiêu chuẩn, điều kiện theo luật chuyên ngành.',
  result: resultOr('Quyết định hoặc giấy chứng nhận của cơ quan có thẩm quyền'),
  legalBases: [LEGAL.CONG_CHUNG],
  office: () => 'Phòng Bổ trợ tư pháp',
};

const COMMUNITY_LAW: Family = {
  applicantTypes: ['CITIZEN'],
  onlineLevel: 'INFORMATION',
  fees: () => [],
  documents: () => [
    doc('Văn bản đề nghị của Trưởng ban công tác Mặt trận hoặc Trưởng thôn, tổ dân phố', 1, 0),
    IDENTITY,
  ],
  conditions: 'Người được đề nghị là công dân Việt Nam thường trú ở cơ sở, có phẩm chất đạo đức tốt, có uy tín.',
  result: () => ({ name: 'Quyết định của Chủ tịch Ủy ban nhân dân cấp xã', validity: null }),
  legalBases: [LEGAL.HOA_GIAI, LEGAL.ND_15_2014],
  office: () => 'Công chức Tư pháp - Hộ tịch',
};

const ENTERPRISE: Family = {
  applicantTypes: ['CITIZEN', 'ORGANISATION'],
  onlineLevel: 'FULL',
  fees: () => [
    fee('Lệ phí đăng ký doanh nghiệp', 50_000, FEE_TEXT.DANG_KY_DN),
    fee('Phí công bố nội dung đăng ký doanh nghiệp', 100_000, FEE_TEXT.DANG_KY_DN),
  ],
  onlineFees: () => [fee('Phí công bố nội dung đăng ký doanh nghiệp', 100_000, FEE_TEXT.DANG_KY_DN)],
  documents: () => [
    form('Giấy đề nghị đăng ký doanh nghiệp', 'Phụ lục I-1 (TT 02-2023-TT-BKHĐT).docx'),
    doc('Điều lệ công ty (đối với công ty)', 1, 0),
    doc('Danh sách thành viên, cổ đông sáng lập (đối với công ty có từ hai thành viên, cổ đông)', 1, 0),
    doc('Giấy tờ pháp lý của cá nhân đối với người thành lập, người đại diện theo pháp luật', 0, 1, null, true),
  ],
  conditions:
    'Ngành, nghề đăng ký kinh doanh không bị cấm đầu tư kinh doanh; tên doanh nghiệp đặt đúng quy định; hồ sơ hợp lệ; nộp đủ lệ phí đăng ký doanh nghiệp.',
  result: () => ({ name: 'Giấy chứng nhận đăng ký doanh nghiệp', validity: 'Không thời hạn' }),
  legalBases: [LEGAL.DOANH_NGHIEP, LEGAL.ND_01_2021],
  office: () => 'Phòng Đăng ký kinh doanh',
};

const HOUSEHOLD_BUSINESS: Family = {
  applicantTypes: ['CITIZEN', 'ORGANISATION'],
  onlineLevel: 'FULL',
  fees: () => [fee('Lệ phí đăng ký hộ kinh doanh', 100_000, FEE_TEXT.KG)],
  documents: () => [
    form('Giấy đề nghị đăng ký hộ kinh doanh', 'Phụ lục III-1 (TT 02-2023-TT-BKHĐT).docx'),
    doc('Giấy tờ pháp lý của cá nhân đối với các thành viên hộ gia đình đăng ký hộ kinh doanh', 0, 1, null, true),
  ],
  conditions: 'Ngành, nghề đăng ký kinh doanh không bị cấm; tên hộ kinh doanh đặt đúng quy định; nộp đủ lệ phí.',
  result: () => ({ name: 'Giấy chứng nhận đăng ký hộ kinh doanh', validity: 'Không thời hạn' }),
  legalBases: [LEGAL.DOANH_NGHIEP, LEGAL.ND_01_2021, LEGAL.KG_FEES],
  office: () => 'Phòng Tài chính - Kế hoạch',
};

const COOPERATIVE: Family = {
  ...HOUSEHOLD_BUSINESS,
  fees: () => [fee('Lệ phí đăng ký hợp tác xã', 100_000, FEE_TEXT.KG)],
  documents: () => [
    form('Giấy đề nghị đăng ký hợp tác xã', 'Mẫu 01 (TT 09-2024-TT-BKHĐT).docx'),
    doc('Điều lệ hợp tác xã', 1, 0),
    doc('Nghị quyết hội nghị thành lập hợp tác xã', 1, 0),
    doc('Danh sách thành viên, thành viên chính thức', 1, 0),
  ],
  conditions: 'Có đủ số thành viên chính thức tối thiểu theo Luật Hợp tác xã; tên hợp tác xã đặt đúng quy định.',
  result: () => ({ name: 'Giấy chứng nhận đăng ký hợp tác xã', validity: 'Không thời hạn' }),
  legalBases: [LEGAL.HOP_TAC_XA, LEGAL.ND_92_2024, LEGAL.KG_FEES],
};

const INVESTMENT: Family = {
  applicantTypes: ['ORGANISATION'],
  onlineLevel: 'PARTIAL',
  fees: () => [],
  documents: () => [
    form('Văn bản đề nghị thực hiện dự án đầu tư', 'Mẫu A.I.1 (TT 03-2021-TT-BKHĐT).docx'),
    doc('Đề xuất dự án đầu tư', 1, 0),
    doc('Tài liệu chứng minh năng lực tài chính của nhà đầu tư', 1, 0),
    ENTERPRISE_CERTIFICATE,
  ],
  conditions: 'Dự án phù hợp quy hoạch; ngành, nghề không thuộc diện cấm đầu tư kinh doanh.',
  result: resultOr('Quyết định chấp thuận chủ trương đầu tư'),
  legalBases: [LEGAL.DAU_TU, LEGAL.ND_31_2021],
  office: () => 'Phòng Kinh tế đối ngoại',
};

const LAND: Family = {
  applicantTypes: ['CITIZEN', 'ORGANISATION'],
  onlineLevel: 'PARTIAL',
  fees: ({ isCity }) => [
    fee('Phí thẩm định hồ sơ cấp Giấy chứng nhận quyền sử dụng đất', isCity ? 300_000 : 200_000, FEE_TEXT.KG),
    fee('Lệ phí cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất', 100_000, FEE_TEXT.KG),
  ],
  documents: () => [
    form('Đơn đăng ký biến động đất đai, tài sản gắn liền với đất', 'Mẫu 11-ĐK (NĐ 101-2024-NĐ-CP).docx'),
    LAND_CERTIFICATE,
    doc('Hợp đồng, văn bản về việc chuyển quyền đã được công chứng hoặc chứng thực', 1, 0),
    IDENTITY,
  ],
  conditions: 'Đất không có tranh chấp, không bị kê biên để bảo đảm thi hành án; còn trong thời hạn sử dụng đất.',
  result: () => ({
    name: 'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất hoặc xác nhận thay đổi trên Giấy chứng nhận đã cấp',
    validity: null,
  }),
  legalBases: [LEGAL.DAT_DAI, LEGAL.ND_101_2024, LEGAL.ND_102_2024, LEGAL.KG_FEES],
  office: ({ procedure }) =>
    procedure.level === 'PROVINCE'
      ? 'Văn phòng Đăng ký đất đai'
      : procedure.level === 'DISTRICT'
        ? 'Phòng Tài nguyên và Môi trường'
        : 'Công chức Địa chính - Xây dựng',
};

const SECURED_TRANSACTIONS: Family = {
  applicantTypes: ['CITIZEN', 'ORGANISATION'],
  onlineLevel: 'FULL',
  fees: () => [fee('Lệ phí đăng ký biện pháp bảo đảm bằng quyền sử dụng đất', 80_000, FEE_TEXT.KG)],
  documents: () => [
    form('Phiếu yêu cầu đăng ký', 'Mẫu 01a (NĐ 99-2022-NĐ-CP).docx'),
    doc('Hợp đồng bảo đảm hoặc hợp đồng bảo đảm có công chứng, chứng thực', 1, 0),
    LAND_CERTIFICATE,
  ],
  conditions: null,
  result: () => ({ name: 'Nội dung đăng ký được ghi vào Sổ địa chính và Giấy chứng nhận', validity: null }),
  legalBases: [LEGAL.ND_99_2022, LEGAL.DAT_DAI, LEGAL.KG_FEES],
  office: () => 'Văn phòng Đăng ký đất đai',
};

const ENVIRONMENT: Family = {
  applicantTypes: ['ORGANISATION'],
  onlineLevel: 'PARTIAL',
  fees: () => [fee('Phí thẩm định hồ sơ (mức thu theo quy mô công trình, dự án)', 6_000_000, FEE_TEXT.KG)],
  documents: () => [
    form('Đơn đề nghị cấp giấy phép', 'Mẫu 01 (NĐ 54-2024-NĐ-CP).docx'),
    doc('Báo cáo, đề án kèm theo hồ sơ kỹ thuật của dự án', 1, 0),
    doc('Kết quả phân tích chất lượng nguồn nước, chất thải (không quá 06 tháng)', 1, 0),
  ],
  conditions: 'Có hồ sơ kỹ thuật do tổ chức, cá nhân đủ năng lực lập; phù hợp quy hoạch tài nguyên, môi trường.',
  result: resultOr('Văn bản thông báo kết quả thẩm định', 'Theo thời hạn ghi trong giấy phép'),
  legalBases: [LEGAL.TAI_NGUYEN_NUOC, LEGAL.ND_54_2024, LEGAL.BAO_VE_MOI_TRUONG, LEGAL.ND_08_2022, LEGAL.KG_FEES],
  office: () => 'Chi cục Bảo vệ môi trường',
};

const CONSTRUCTION: Family = {
  applicantTypes: ['CITIZEN', 'ORGANISATION'],
  onlineLevel: 'PARTIAL',
  fees: ({ procedure }) =>
    procedure.level === 'DISTRICT'
      ? [fee('Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ', 75_000, FEE_TEXT.KG)]
      : [fee('Lệ phí cấp giấy phép xây dựng công trình', 150_000, FEE_TEXT.KG)],
  documents: () => [
    form('Đơn đề nghị cấp giấy phép xây dựng', 'Mẫu 01 Phụ lục II (NĐ 15-2021-NĐ-CP).docx'),
    doc('Giấy tờ hợp pháp về quyền sử dụng đất', 0, 1),
    doc('02 bộ bản vẽ thiết kế xây dựng (mặt bằng, mặt cắt, mặt đứng, móng)', 2, 0),
  ],
  conditions:
    'Phù hợp quy hoạch xây dựng, quy chế quản lý kiến trúc; bảo đảm an toàn công trình và công trình lân cận.',
  result: resultOr('Văn bản thông báo kết quả thẩm định', 'Giấy phép hết hiệu lực nếu sau 12 tháng chưa khởi công'),
  legalBases: [LEGAL.XAY_DUNG, LEGAL.XAY_DUNG_SUA_DOI, LEGAL.ND_15_2021, LEGAL.KG_FEES],
  office: ({ procedure, isCity }) =>
    procedure.level === 'PROVINCE'
      ? 'Phòng Quản lý hoạt động xây dựng'
      : isCity
        ? 'Phòng Quản lý đô thị'
        : 'Phòng Kinh tế - Hạ tầng',
};

const ROAD: Family = {
  applicantTypes: ['CITIZEN', 'ORGANISATION'],
  onlineLevel: 'FULL',
  fees: () => [fee('Lệ phí cấp giấy phép lái xe', 135_000, FEE_TEXT.GPLX)],
  documents: () => [form('Đơn đề nghị (theo mẫu)', 'Mẫu Phụ lục XXX (TT 35-2024-TT-BGTVT).docx'), IDENTITY, PHOTO],
  conditions: null,
  result: resultOr('Giấy phép, phù hiệu theo đề nghị'),
  legalBases: [LEGAL.TT_ATGT_DB, LEGAL.DUONG_BO, LEGAL.TT_35_2024_BGTVT],
  office: () => 'Phòng Quản lý vận tải, phương tiện và người lái',
};

const HEALTH: Family = {
  applicantTypes: ['CITIZEN', 'ORGANISATION'],
  onlineLevel: 'PARTIAL',
  fees: () => [fee('Phí thẩm định cấp chứng chỉ hành nghề dược', 500_000, FEE_TEXT.DUOC)],
  documents: () => [
    form('Đơn đề nghị (theo mẫu)', 'Mẫu số 02 Phụ lục I (NĐ 54-2017-NĐ-CP).docx'),
    doc('Bản sao có chứng thực văn bằng chuyên môn', 0, 1),
    doc('Giấy xác nhận thời gian thực hành chuyên môn', 1, 0),
    doc('Giấy chứng nhận đủ sức khỏe hành nghề', 1, 0),
    PHOTO,
  ],
  conditions: 'Có văn bằng chuyên môn, thời gian thực hành và sức khỏe theo quy định của Luật Dược.',
  result: resultOr('Chứng chỉ hành nghề dược', 'Không thời hạn'),
  legalBases: [LEGAL.DUOC, LEGAL.ND_54_2017],
  office: () => 'Phòng Nghiệp vụ Dược',
};

const FOOD_SAFETY: Family = {
  applicantTypes: ['CITIZEN', 'ORGANISATION'],
  onlineLevel: 'PARTIAL',
  fees: () => [
    fee('Phí thẩm định cơ sở kinh doanh dịch vụ ăn uống (phục vụ dưới 200 suất ăn)', 700_000, FEE_TEXT.ATTP),
  ],
  documents: () => [
    form('Đơn đề nghị cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', 'Mẫu 01 (NĐ 15-2018-NĐ-CP).docx'),
    doc('Bản thuyết minh về cơ sở vật chất, trang thiết bị, dụng cụ', 1, 0),
    doc(
      'Giấy xác nhận đủ sức khỏe, tập huấn kiến thức an toàn thực phẩm của chủ cơ sở và người trực tiếp chế biến',
      0,
      1,
    ),
  ],
  conditions: 'Cơ sở bảo đảm điều kiện về cơ sở vật chất, trang thiết bị và con người theo Luật An toàn thực phẩm.',
  result: () => ({ name: 'Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', validity: '03 năm' }),
  legalBases: [LEGAL.ATTP, LEGAL.ND_15_2018],
  office: ({ procedure }) => (procedure.level === 'PROVINCE' ? 'Chi cục An toàn vệ sinh thực phẩm' : 'Phòng Y tế'),
};

const EDUCATION: Family = {
  applicantTypes: ['CITIZEN', 'ORGANISATION'],
  onlineLevel: 'PARTIAL',
  fees: () => [],
  documents: () => [
    form('Tờ trình hoặc đơn đề nghị (theo mẫu)', 'Mẫu 01 (NĐ 125-2024-NĐ-CP).docx'),
    doc('Đề án thành lập hoặc hồ sơ chứng minh đủ điều kiện hoạt động giáo dục', 1, 0),
  ],
  conditions: 'Đáp ứng điều kiện về đất đai, cơ sở vật chất, đội ngũ theo Nghị định 125/2024/NĐ-CP.',
  result: () => ({ name: 'Quyết định của cơ quan có thẩm quyền', validity: null }),
  legalBases: [LEGAL.GIAO_DUC, LEGAL.ND_125_2024],
  office: ({ procedure }) =>
    procedure.level === 'PROVINCE'
      ? 'Phòng Giáo dục trung học'
      : procedure.level === 'DISTRICT'
        ? 'Phòng Giáo dục và Đào tạo'
        : 'Công chức Văn hóa - Xã hội',
};

const DIPLOMAS: Family = {
  applicantTypes: ['CITIZEN'],
  onlineLevel: 'FULL',
  fees: () => [],
  documents: () => [form('Đơn đề nghị (theo mẫu)', 'Mẫu 01 (TT 21-2019-TT-BGDĐT).docx'), IDENTITY],
  conditions: null,
  result: () => ({ name: 'Bản sao văn bằng, chứng chỉ từ sổ gốc', validity: 'Không thời hạn' }),
  legalBases: [LEGAL.TT_21_2019_BGDDT, LEGAL.ND_23_2015],
  office: () => 'Phòng Quản lý chất lượng',
};

const EMPLOYMENT: Family = {
  applicantTypes: ['ORGANISATION'],
  onlineLevel: 'FULL',
  fees: () => [fee('Lệ phí cấp giấy phép lao động cho người nước ngoài', 600_000, FEE_TEXT.KG)],
  documents: () => [
    form('Văn bản đề nghị của người sử dụng lao động', 'Mẫu số 11/PLI (NĐ 152-2020-NĐ-CP).docx'),
    doc('Giấy chứng nhận sức khỏe', 1, 0),
    doc('Phiếu lý lịch tư pháp hoặc văn bản xác nhận không phải người phạm tội', 1, 0),
    doc('Văn bản chứng minh nhà quản lý, chuyên gia, lao động kỹ thuật', 0, 1),
    PHOTO,
  ],
  conditions: 'Người lao động đủ 18 tuổi, có năng lực hành vi dân sự đầy đủ, có trình độ và sức khỏe phù hợp.',
  result: resultOr('Giấy phép lao động', '02 năm'),
  legalBases: [LEGAL.BO_LUAT_LAO_DONG, LEGAL.ND_152_2020, LEGAL.KG_FEES],
  office: () => 'Phòng Lao động - Việc làm',
};

const SOCIAL: Family = {
  applicantTypes: ['CITIZEN'],
  onlineLevel: 'PARTIAL',
  fees: () => [],
  documents: () => [form('Tờ khai đề nghị trợ giúp xã hội', 'Mẫu số 01 (NĐ 20-2021-NĐ-CP).docx'), IDENTITY, RESIDENCE],
  conditions: null,
  result: () => ({ name: 'Quyết định trợ giúp xã hội của Chủ tịch Ủy ban nhân dân', validity: null }),
  legalBases: [LEGAL.ND_20_2021],
  office: ({ procedure }) =>
    procedure.level === 'COMMUNE'
      ? 'Công chức Văn hóa - Xã hội'
      : procedure.level === 'DISTRICT'
        ? 'Phòng Lao động - Thương binh và Xã hội'
        : 'Phòng Người có công',
};

const TRADE: Family = {
  applicantTypes: ['CITIZEN', 'ORGANISATION'],
  onlineLevel: 'PARTIAL',
  fees: ({ procedure, isCity }) =>
    procedure.level === 'PROVINCE'
      ? [fee('Phí thẩm định cấp giấy phép kinh doanh (bán buôn)', 2_200_000, FEE_TEXT.THUONG_MAI)]
      : [fee('Phí thẩm định cấp giấy phép kinh doanh (bán lẻ)', isCity ? 400_000 : 200_000, FEE_TEXT.THUONG_MAI)],
  documents: () => [
    form('Đơn đề nghị cấp giấy phép', 'Mẫu số 01 (NĐ 105-2017-NĐ-CP).docx'),
    ENTERPRISE_CERTIFICATE,
    doc('Bản cam kết bảo đảm điều kiện về phòng cháy chữa cháy, bảo vệ môi trường', 1, 0),
    doc('Hợp đồng mua bán với thương nhân cung cấp', 0, 1),
  ],
  conditions: 'Thương nhân đã đăng ký kinh doanh, có địa điểm kinh doanh cố định, bảo đảm điều kiện theo quy định.',
  result: resultOr('Giấy phép kinh doanh', '05 năm'),
  legalBases: [LEGAL.ND_105_2017, LEGAL.ND_67_2013, LEGAL.ND_87_2018],
  office: ({ procedure, isCity }) =>
    procedure.level === 'PROVINCE' ? 'Phòng Quản lý thương mại' : isCity ? 'Phòng Kinh tế' : 'Phòng Kinh tế - Hạ tầng',
};

const AGRICULTURE: Family = {
  applicantTypes: ['CITIZEN', 'ORGANISATION'],
  onlineLevel: 'PARTIAL',
  fees: () => [],
  documents: () => [
    form('Đơn đề nghị (theo mẫu)', 'Mẫu 01 (NĐ 26-2019-NĐ-CP).docx'),
    doc('Giấy tờ chứng minh điều kiện của cơ sở, phương tiện', 0, 1),
    IDENTITY,
  ],
  conditions: null,
  result: resultOr('Giấy chứng nhận theo đề nghị'),
  legalBases: [LEGAL.THUY_SAN, LEGAL.ND_26_2019, LEGAL.ND_37_2024],
  office: () => 'Chi cục Thủy sản',
};

const CULTURE: Family = {
  applicantTypes: ['CITIZEN', 'ORGANISATION'],
  onlineLevel: 'PARTIAL',
  fees: () => [],
  documents: () => [
    form('Đơn đề nghị (theo mẫu)', 'Mẫu số 01 (NĐ 54-2019-NĐ-CP).docx'),
    doc('Giấy tờ chứng minh đủ điều kiện kinh doanh, hoạt động', 0, 1),
  ],
  conditions: 'Đáp ứng điều kiện về cơ sở vật chất, an ninh trật tự, phòng cháy chữa cháy theo quy định chuyên ngành.',
  result: resultOr('Văn bản chấp thuận của cơ quan có thẩm quyền'),
  legalBases: [LEGAL.DU_LICH, LEGAL.THE_DUC_THE_THAO, LEGAL.ND_54_2019],
  office: ({ procedure }) =>
    procedure.level === 'PROVINCE'
      ? 'Phòng Quản lý chuyên ngành'
      : procedure.level === 'DISTRICT'
        ? 'Phòng Văn hóa và Thông tin'
        : 'Công chức Văn hóa - Xã hội',
};

const HOME_AFFAIRS: Family = {
  applicantTypes: ['CITIZEN', 'ORGANISATION'],
  onlineLevel: 'PARTIAL',
  fees: () => [],
  documents: () => [
    form('Văn bản đề nghị (theo mẫu)', 'Mẫu B1 (NĐ 95-2023-NĐ-CP).docx'),
    doc('Các giấy tờ kèm theo văn bản đề nghị', 1, 0),
  ],
  conditions: null,
  result: () => ({ name: 'Văn bản chấp thuận hoặc quyết định của cơ quan có thẩm quyền', validity: null }),
  legalBases: [LEGAL.TIN_NGUONG, LEGAL.ND_95_2023],
  office: ({ procedure }) =>
    procedure.level === 'PROVINCE'
      ? 'Phòng Tổ chức phi chính phủ'
      : procedure.level === 'DISTRICT'
        ? 'Phòng Nội vụ'
        : 'Công chức Văn phòng - Thống kê',
};

const AWARDS: Family = {
  applicantTypes: ['CITIZEN', 'ORGANISATION'],
  onlineLevel: 'INFORMATION',
  fees: () => [],
  documents: () => [
    doc('Tờ trình đề nghị khen thưởng', 1, 0),
    doc('Báo cáo thành tích của cá nhân, tập thể được đề nghị khen thưởng', 1, 0, 'Mẫu số 01 (NĐ 98-2023-NĐ-CP).docx'),
    doc('Biên bản họp Hội đồng thi đua, khen thưởng', 1, 0),
  ],
  conditions: 'Cá nhân, tập thể đạt tiêu chuẩn khen thưởng theo Luật Thi đua, khen thưởng.',
  result: () => ({ name: 'Quyết định khen thưởng kèm Giấy khen', validity: null }),
  legalBases: [LEGAL.THI_DUA, LEGAL.ND_98_2023],
  office: ({ procedure }) => (procedure.level === 'DISTRICT' ? 'Phòng Nội vụ' : 'Công chức Văn phòng - Thống kê'),
};

const CENTRAL_OFFICES: Family = {
  applicantTypes: ['CITIZEN', 'ORGANISATION'],
  onlineLevel: 'FULL',
  fees: () => [],
  documents: () => [form('Tờ khai (theo mẫu)', 'Tờ khai.docx'), IDENTITY],
  conditions: null,
  result: resultOr('Kết quả theo đề nghị'),
  legalBases: [LEGAL.BHXH, LEGAL.BHYT],
  office: () => 'Phòng chuyên môn',
};

const GENERAL: Family = {
  applicantTypes: ['CITIZEN', 'ORGANISATION'],
  onlineLevel: 'PARTIAL',
  fees: () => [],
  documents: () => [
    form('Văn bản đề nghị (theo mẫu)', 'Mẫu 01.docx'),
    doc('Hồ sơ, tài liệu kèm theo văn bản đề nghị', 1, 0),
  ],
  conditions: null,
  result: resultOr('Văn bản chấp thuận của cơ quan có thẩm quyền'),
  legalBases: [LEGAL.PHI_LE_PHI],
  office: () => 'Phòng chuyên môn',
};

/** Field (lĩnh vực) → template. Fields not listed use GENERAL. */
const FAMILY_BY_FIELD: Record<string, Family> = {
  'Hộ tịch': CIVIL_STATUS,
  'Chứng thực': CERTIFICATION,
  'Lý lịch tư pháp': JUSTICE_ORGANISATIONS,
  'Công chứng': JUSTICE_ORGANISATIONS,
  'Đấu giá tài sản': JUSTICE_ORGANISATIONS,
  'Phổ biến, giáo dục pháp luật': COMMUNITY_LAW,
  'Hòa giải ở cơ sở': COMMUNITY_LAW,
  'Thành lập và hoạt động doanh nghiệp': ENTERPRISE,
  'Thành lập và hoạt động của hộ kinh doanh': HOUSEHOLD_BUSINESS,
  'Thành lập và hoạt động của hợp tác xã': COOPERATIVE,
  'Đầu tư tại Việt Nam': INVESTMENT,
  'Đất đai': LAND,
  'Đăng ký biện pháp bảo đảm': SECURED_TRANSACTIONS,
  'Tài nguyên nước': ENVIRONMENT,
  'Môi trường': ENVIRONMENT,
  'Hoạt động xây dựng': CONSTRUCTION,
  'Đường bộ': ROAD,
  'Dược phẩm': HEALTH,
  'An toàn thực phẩm và Dinh dưỡng': FOOD_SAFETY,
  'Quản lý chất lượng nông lâm sản và thủy sản': FOOD_SAFETY,
  'Văn bằng, chứng chỉ': DIPLOMAS,
  'Giáo dục trung học': EDUCATION,
  'Giáo dục tiểu học': EDUCATION,
  'Giáo dục mầm non': EDUCATION,
  'Việc làm': EMPLOYMENT,
  'Bảo trợ xã hội': SOCIAL,
  'Người có công': SOCIAL,
  'Lưu thông hàng hóa trong nước': TRADE,
  'Công nghiệp tiêu dùng': TRADE,
  'Kinh doanh khí': TRADE,
  'Thủy sản': AGRICULTURE,
  'Thể dục thể thao': CULTURE,
  'Văn hóa': CULTURE,
  'Lữ hành': CULTURE,
  'Du lịch': CULTURE,
  'Xuất bản, In và Phát hành': CULTURE,
  'Tổ chức phi chính phủ': HOME_AFFAIRS,
  'Tín ngưỡng, tôn giáo': HOME_AFFAIRS,
  'Thi đua, khen thưởng': AWARDS,
  'Quản lý xuất nhập cảnh': CENTRAL_OFFICES,
  'Đăng ký, quản lý phương tiện giao thông cơ giới đường bộ': CENTRAL_OFFICES,
  'Cấp sổ bảo hiểm xã hội, thẻ bảo hiểm y tế': CENTRAL_OFFICES,
  Thuế: CENTRAL_OFFICES,
};

export function familyOf(field: string): Family {
  return FAMILY_BY_FIELD[field] ?? GENERAL;
}
