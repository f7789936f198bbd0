/**
 * Administrative procedures (thủ tục hành chính) handled in Kiên Giang, one row per procedure
 * with the agency that decides it (cơ quan có thẩm quyền quyết định).
 *
 * Source: names, fields and processing times follow the national database of administrative
 * procedures (CSDL quốc gia về TTHC, dichvucong.gov.vn) and the laws they implement (Luật Hộ
 * tịch, Nghị định 23/2015 on chứng thực, Nghị định 01/2021 on business registration, the Land,
 * Construction, Tourism and Employment laws, ...), as published before the mid-2025 switch to
 * two-level local government. Some long names are shortened where the database lists many
 * variants in brackets.
 *
 * Codes (`<1|2>.<6 digits>`, the MATTHC of the national database):
 * - matched against public references: 1.001193, 1.000894, 1.000656, 1.000689, 1.004873,
 *   1.004884, 1.005461, 1.004845, 2.000635, 2.000528, 2.000806, 2.000815, 2.000884, 2.000992,
 *   2.000488, 2.001610, 1.001612, 2.000720, 1.001570, 1.001266, 2.000575, 1.001776, 1.001699,
 *   1.001653, 1.010803, 1.012753, 1.002759;
 * - from memory, unconfirmed: 1.001022, 1.004837, 1.004859, 1.010727, 1.002804;
 * - every other code is a plausible, distinct placeholder. Treat codes as opaque strings.
 *
 * processingDays is in working days as published; "trong ngày" / "ngay trong ngày" is 1. The
 * few procedures measured otherwise keep the published number: calendar days for hòa giải tranh
 * chấp đất đai (30 days under Luật Đất đai 2024 Art. 235; it was 45 under the 2013 law), and
 * same-day procedures that ./procedure-content.ts times in hours have processingDays 1 (the
 * hours rounded up to 8-hour working days). procedureTerms(p).processingTime is the exact time.
 *
 * The procedures after the "Added with the procedure content" markers (75 of them) carry
 * plausible, distinct placeholder codes: names, fields and levels follow the national database,
 * the codes were not checked against it.
 */

import type { SeedUnitLevel } from './units.js';

export interface SeedProcedure {
  code: string;
  name: string;
  field: string;
  level: SeedUnitLevel;
  competentAgencyElectronicId: string;
  processingDays: number;
}

// Electronic IDs of the competent agencies (see ./agencies.ts).
const SO_NOI_VU = '000.00.02.H37';
const SO_TU_PHAP = '000.00.03.H37';
const SO_KH_DT = '000.00.04.H37';
const SO_TAI_CHINH = '000.00.05.H37';
const SO_CONG_THUONG = '000.00.06.H37';
const SO_NN_PTNT = '000.00.07.H37';
const SO_GTVT = '000.00.08.H37';
const SO_XAY_DUNG = '000.00.09.H37';
const SO_TN_MT = '000.00.10.H37';
const SO_TT_TT = '000.00.11.H37';
const SO_LD_TB_XH = '000.00.12.H37';
const SO_VH_TT = '000.00.13.H37';
const SO_KH_CN = '000.00.14.H37';
const SO_GD_DT = '000.00.15.H37';
const SO_Y_TE = '000.00.16.H37';
const SO_DU_LICH = '000.00.17.H37';
const CONG_AN_TINH = '000.00.41.H37';
const BHXH_TINH = '000.00.42.H37';
const CUC_THUE = '000.00.43.H37';

const UBND_TP_RACH_GIA = '000.00.20.H37';
const UBND_TP_HA_TIEN = '000.00.21.H37';
const UBND_H_KIEN_LUONG = '000.00.22.H37';
const UBND_H_HON_DAT = '000.00.23.H37';
const UBND_H_TAN_HIEP = '000.00.24.H37';
const UBND_H_CHAU_THANH = '000.00.25.H37';
const UBND_H_GIONG_RIENG = '000.00.26.H37';
const UBND_TP_PHU_QUOC = '000.00.31.H37';
const UBND_H_KIEN_HAI = '000.00.32.H37';

const UBND_P_VINH_THANH_VAN = '000.01.20.H37';
const UBND_P_VINH_THANH = '000.02.20.H37';
const UBND_P_VINH_LAC = '000.06.20.H37';
const UBND_P_AN_HOA = '000.07.20.H37';
const UBND_P_RACH_SOI = '000.09.20.H37';
const UBND_X_PHI_THONG = '000.12.20.H37';
const UBND_P_TO_CHAU = '000.01.21.H37';
const UBND_TT_KIEN_LUONG = '000.01.22.H37';
const UBND_TT_TAN_HIEP = '000.01.24.H37';
const UBND_P_DUONG_DONG = '000.01.31.H37';
const UBND_P_AN_THOI = '000.02.31.H37';
const UBND_X_HAM_NINH = '000.06.31.H37';
const UBND_X_HON_TRE = '000.01.32.H37';

export const procedures: readonly SeedProcedure[] = [
  // ===================================================================== PROVINCE (cấp tỉnh)

  // --- Tư pháp
  {
    code: '2.000488',
    name: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam',
    field: 'Lý lịch tư pháp',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_TU_PHAP,
    processingDays: 10,
  },
  {
    code: '2.000505',
    name: 'Cấp Phiếu lý lịch tư pháp cho cơ quan tiến hành tố tụng (đối tượng là công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam)',
    field: 'Lý lịch tư pháp',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_TU_PHAP,
    processingDays: 10,
  },
  {
    code: '2.000789',
    name: 'Đăng ký hoạt động Văn phòng công chứng',
    field: 'Công chứng',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_TU_PHAP,
    processingDays: 10,
  },

  // --- Kế hoạch và Đầu tư: thành lập và hoạt động doanh nghiệp
  {
    code: '2.001610',
    name: 'Đăng ký thành lập doanh nghiệp tư nhân',
    field: 'Thành lập và hoạt động doanh nghiệp',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_KH_DT,
    processingDays: 3,
  },
  {
    code: '2.001199',
    name: 'Đăng ký thành lập công ty TNHH một thành viên',
    field: 'Thành lập và hoạt động doanh nghiệp',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_KH_DT,
    processingDays: 3,
  },
  {
    code: '2.002015',
    name: 'Đăng ký thành lập công ty TNHH hai thành viên trở lên',
    field: 'Thành lập và hoạt động doanh nghiệp',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_KH_DT,
    processingDays: 3,
  },
  {
    code: '2.002021',
    name: 'Đăng ký thành lập công ty cổ phần',
    field: 'Thành lập và hoạt động doanh nghiệp',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_KH_DT,
    processingDays: 3,
  },
  {
    code: '2.002027',
    name: 'Đăng ký thay đổi địa chỉ trụ sở chính của doanh nghiệp (đối với doanh nghiệp tư nhân, công ty TNHH, công ty cổ phần, công ty hợp danh)',
    field: 'Thành lập và hoạt động doanh nghiệp',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_KH_DT,
    processingDays: 3,
  },
  {
    code: '2.002055',
    name: 'Thông báo thay đổi nội dung đăng ký doanh nghiệp (đối với doanh nghiệp tư nhân, công ty TNHH, công ty cổ phần, công ty hợp danh)',
    field: 'Thành lập và hoạt động doanh nghiệp',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_KH_DT,
    processingDays: 3,
  },
  {
    code: '2.002095',
    name: 'Thông báo tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo (doanh nghiệp, chi nhánh, văn phòng đại diện, địa điểm kinh doanh)',
    field: 'Thành lập và hoạt động doanh nghiệp',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_KH_DT,
    processingDays: 3,
  },

  // --- Tài nguyên và Môi trường
  {
    code: '1.003010',
    name: 'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất trong các trường hợp chuyển đổi, chuyển nhượng, cho thuê, cho thuê lại, thừa kế, tặng cho, góp vốn bằng quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
    field: 'Đất đai',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_TN_MT,
    processingDays: 10,
  },
  {
    code: '1.002993',
    name: 'Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất',
    field: 'Đất đai',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_TN_MT,
    processingDays: 7,
  },
  {
    code: '1.004253',
    name: 'Cấp giấy phép khai thác, sử dụng nước dưới đất đối với công trình có lưu lượng dưới 3.000 m³/ngày đêm',
    field: 'Tài nguyên nước',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_TN_MT,
    processingDays: 30,
  },
  {
    code: '1.010727',
    name: 'Cấp giấy phép môi trường (cấp tỉnh)',
    field: 'Môi trường',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_TN_MT,
    processingDays: 30,
  },
  {
    code: '1.010725',
    name: 'Thẩm định báo cáo đánh giá tác động môi trường (cấp tỉnh)',
    field: 'Môi trường',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_TN_MT,
    processingDays: 30,
  },

  // --- Xây dựng
  {
    code: '1.009972',
    name: 'Cấp giấy phép xây dựng mới đối với công trình cấp đặc biệt, cấp I, cấp II (công trình không theo tuyến/theo tuyến trong đô thị/tín ngưỡng, tôn giáo/tượng đài, tranh hoành tráng/theo giai đoạn/dự án)',
    field: 'Hoạt động xây dựng',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_XAY_DUNG,
    processingDays: 20,
  },
  {
    code: '1.009982',
    name: 'Cấp chứng chỉ hành nghề hoạt động xây dựng lần đầu hạng II, hạng III',
    field: 'Hoạt động xây dựng',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_XAY_DUNG,
    processingDays: 20,
  },

  // --- Giao thông vận tải
  {
    code: '1.002804',
    name: 'Đổi giấy phép lái xe do ngành Giao thông vận tải cấp',
    field: 'Đường bộ',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_GTVT,
    processingDays: 5,
  },
  {
    code: '1.002793',
    name: 'Cấp lại giấy phép lái xe',
    field: 'Đường bộ',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_GTVT,
    processingDays: 10,
  },
  {
    code: '1.002861',
    name: 'Cấp Giấy phép kinh doanh vận tải bằng xe ô tô',
    field: 'Đường bộ',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_GTVT,
    processingDays: 5,
  },

  // --- Y tế
  {
    code: '1.004606',
    name: 'Cấp Chứng chỉ hành nghề dược theo hình thức xét hồ sơ',
    field: 'Dược phẩm',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_Y_TE,
    processingDays: 20,
  },
  {
    code: '1.004587',
    name: 'Cấp Giấy chứng nhận đủ điều kiện kinh doanh dược cho cơ sở bán lẻ thuốc (nhà thuốc, quầy thuốc, tủ thuốc trạm y tế xã)',
    field: 'Dược phẩm',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_Y_TE,
    processingDays: 20,
  },

  // --- Giáo dục và Đào tạo
  {
    code: '2.001914',
    name: 'Cấp bản sao văn bằng, chứng chỉ từ sổ gốc',
    field: 'Văn bằng, chứng chỉ',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_GD_DT,
    processingDays: 1,
  },
  {
    code: '1.004475',
    name: 'Thành lập trường trung học phổ thông công lập hoặc cho phép thành lập trường trung học phổ thông tư thục',
    field: 'Giáo dục trung học',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_GD_DT,
    processingDays: 20,
  },

  // --- Lao động - Thương binh và Xã hội
  {
    code: '1.000105',
    name: 'Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam',
    field: 'Việc làm',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_LD_TB_XH,
    processingDays: 5,
  },
  {
    code: '1.001978',
    name: 'Giải quyết hưởng trợ cấp thất nghiệp',
    field: 'Việc làm',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_LD_TB_XH,
    processingDays: 20,
  },
  {
    code: '1.010803',
    name: 'Giải quyết chế độ trợ cấp thờ cúng liệt sĩ',
    field: 'Người có công',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_LD_TB_XH,
    processingDays: 15,
  },

  // --- Công Thương
  {
    code: '2.000620',
    name: 'Cấp Giấy phép bán buôn rượu trên địa bàn tỉnh, thành phố trực thuộc trung ương',
    field: 'Lưu thông hàng hóa trong nước',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_CONG_THUONG,
    processingDays: 15,
  },
  {
    code: '2.000181',
    name: 'Cấp Giấy phép bán buôn sản phẩm thuốc lá',
    field: 'Lưu thông hàng hóa trong nước',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_CONG_THUONG,
    processingDays: 15,
  },

  // --- Nông nghiệp và Phát triển nông thôn
  {
    code: '1.003009',
    name: 'Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất, kinh doanh thực phẩm nông, lâm, thủy sản',
    field: 'Quản lý chất lượng nông lâm sản và thủy sản',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_NN_PTNT,
    processingDays: 15,
  },
  {
    code: '1.004359',
    name: 'Cấp, cấp lại giấy phép khai thác thủy sản',
    field: 'Thủy sản',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_NN_PTNT,
    processingDays: 6,
  },

  // --- Văn hóa và Thể thao
  {
    code: '1.001030',
    name: 'Cấp Giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao',
    field: 'Thể dục thể thao',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_VH_TT,
    processingDays: 7,
  },

  // --- Du lịch
  {
    code: '1.004628',
    name: 'Cấp Giấy phép kinh doanh dịch vụ lữ hành nội địa',
    field: 'Lữ hành',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_DU_LICH,
    processingDays: 10,
  },
  {
    code: '1.004623',
    name: 'Cấp thẻ hướng dẫn viên du lịch nội địa',
    field: 'Lữ hành',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_DU_LICH,
    processingDays: 10,
  },
  {
    code: '1.001432',
    name: 'Công nhận hạng cơ sở lưu trú du lịch: hạng 1 sao, 2 sao, 3 sao đối với khách sạn, biệt thự du lịch, căn hộ du lịch, tàu thủy lưu trú du lịch',
    field: 'Du lịch',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_DU_LICH,
    processingDays: 30,
  },

  // --- Thông tin và Truyền thông
  {
    code: '1.003768',
    name: 'Cấp giấy phép xuất bản tài liệu không kinh doanh',
    field: 'Xuất bản, In và Phát hành',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_TT_TT,
    processingDays: 10,
  },

  // --- Nội vụ
  {
    code: '2.001481',
    name: 'Thủ tục phê duyệt điều lệ hội',
    field: 'Tổ chức phi chính phủ',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_NOI_VU,
    processingDays: 30,
  },

  // --- Tài chính
  {
    code: '2.002143',
    name: 'Đăng ký mã số đơn vị có quan hệ với ngân sách',
    field: 'Tài chính ngân sách',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_TAI_CHINH,
    processingDays: 2,
  },

  // --- Khoa học và Công nghệ
  {
    code: '1.000876',
    name: 'Cấp giấy phép tiến hành công việc bức xạ (sử dụng thiết bị X-quang chẩn đoán trong y tế)',
    field: 'An toàn bức xạ và hạt nhân',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_KH_CN,
    processingDays: 15,
  },

  // --- Provincial offices of central agencies
  {
    code: '2.001412',
    name: 'Cấp hộ chiếu phổ thông ở trong nước (thực hiện tại cấp tỉnh)',
    field: 'Quản lý xuất nhập cảnh',
    level: 'PROVINCE',
    competentAgencyElectronicId: CONG_AN_TINH,
    processingDays: 8,
  },
  {
    code: '1.002759',
    name: 'Cấp lại, đổi, điều chỉnh thông tin trên sổ bảo hiểm xã hội, thẻ bảo hiểm y tế',
    field: 'Cấp sổ bảo hiểm xã hội, thẻ bảo hiểm y tế',
    level: 'PROVINCE',
    competentAgencyElectronicId: BHXH_TINH,
    processingDays: 10,
  },
  {
    code: '1.007765',
    name: 'Đăng ký thuế lần đầu đối với người nộp thuế là hộ kinh doanh, cá nhân kinh doanh',
    field: 'Thuế',
    level: 'PROVINCE',
    competentAgencyElectronicId: CUC_THUE,
    processingDays: 3,
  },

  // --- Added with the procedure content (placeholder codes, see the header)
  {
    code: '2.000908',
    name: 'Thành lập Văn phòng công chứng',
    field: 'Công chứng',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_TU_PHAP,
    processingDays: 20,
  },
  {
    code: '2.000778',
    name: 'Đăng ký hành nghề và cấp Thẻ công chứng viên',
    field: 'Công chứng',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_TU_PHAP,
    processingDays: 10,
  },
  {
    code: '1.008926',
    name: 'Đăng ký hoạt động của doanh nghiệp đấu giá tài sản',
    field: 'Đấu giá tài sản',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_TU_PHAP,
    processingDays: 7,
  },
  {
    code: '2.002036',
    name: 'Đăng ký thành lập công ty hợp danh',
    field: 'Thành lập và hoạt động doanh nghiệp',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_KH_DT,
    processingDays: 3,
  },
  {
    code: '2.002060',
    name: 'Đăng ký thay đổi người đại diện theo pháp luật của công ty trách nhiệm hữu hạn, công ty cổ phần',
    field: 'Thành lập và hoạt động doanh nghiệp',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_KH_DT,
    processingDays: 3,
  },
  {
    code: '2.002110',
    name: 'Đăng ký hoạt động chi nhánh, văn phòng đại diện, địa điểm kinh doanh',
    field: 'Thành lập và hoạt động doanh nghiệp',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_KH_DT,
    processingDays: 3,
  },
  {
    code: '2.002118',
    name: 'Giải thể doanh nghiệp',
    field: 'Thành lập và hoạt động doanh nghiệp',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_KH_DT,
    processingDays: 5,
  },
  {
    code: '1.009643',
    name: 'Liên thông thủ tục đăng ký thành lập doanh nghiệp, khai trình việc sử dụng lao động, cấp mã số đơn vị tham gia bảo hiểm xã hội, đăng ký sử dụng hóa đơn của doanh nghiệp',
    field: 'Thành lập và hoạt động doanh nghiệp',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_KH_DT,
    processingDays: 3,
  },
  {
    code: '1.009645',
    name: 'Chấp thuận chủ trương đầu tư của Ủy ban nhân dân cấp tỉnh',
    field: 'Đầu tư tại Việt Nam',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_KH_DT,
    processingDays: 35,
  },
  {
    code: '1.009646',
    name: 'Cấp Giấy chứng nhận đăng ký đầu tư đối với dự án không thuộc diện chấp thuận chủ trương đầu tư',
    field: 'Đầu tư tại Việt Nam',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_KH_DT,
    processingDays: 15,
  },
  {
    code: '1.004232',
    name: 'Cấp giấy phép khai thác, sử dụng nước mặt đối với công trình có lưu lượng dưới 2 m³/giây',
    field: 'Tài nguyên nước',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_TN_MT,
    processingDays: 30,
  },
  {
    code: '1.012760',
    name: 'Tách thửa hoặc hợp thửa đất',
    field: 'Đất đai',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_TN_MT,
    processingDays: 15,
  },
  {
    code: '1.012775',
    name: 'Cung cấp thông tin, dữ liệu đất đai',
    field: 'Đất đai',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_TN_MT,
    processingDays: 3,
  },
  {
    code: '1.012790',
    name: 'Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất',
    field: 'Đăng ký biện pháp bảo đảm',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_TN_MT,
    processingDays: 3,
  },
  {
    code: '1.012792',
    name: 'Xóa đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất',
    field: 'Đăng ký biện pháp bảo đảm',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_TN_MT,
    processingDays: 1,
  },
  {
    code: '1.009974',
    name: 'Thẩm định Báo cáo nghiên cứu khả thi đầu tư xây dựng, thẩm định Báo cáo nghiên cứu khả thi điều chỉnh',
    field: 'Hoạt động xây dựng',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_XAY_DUNG,
    processingDays: 30,
  },
  {
    code: '1.009990',
    name: 'Cấp chứng chỉ năng lực hoạt động xây dựng lần đầu hạng II, hạng III',
    field: 'Hoạt động xây dựng',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_XAY_DUNG,
    processingDays: 20,
  },
  {
    code: '1.002809',
    name: 'Cấp Giấy phép lái xe quốc tế',
    field: 'Đường bộ',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_GTVT,
    processingDays: 5,
  },
  {
    code: '1.002856',
    name: 'Cấp phù hiệu xe ô tô kinh doanh vận tải',
    field: 'Đường bộ',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_GTVT,
    processingDays: 2,
  },
  {
    code: '1.004616',
    name: 'Cấp lại Chứng chỉ hành nghề dược theo hình thức xét hồ sơ (trường hợp bị hư hỏng hoặc bị mất)',
    field: 'Dược phẩm',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_Y_TE,
    processingDays: 5,
  },
  {
    code: '1.001881',
    name: 'Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất thực phẩm, kinh doanh dịch vụ ăn uống thuộc thẩm quyền của Sở Y tế',
    field: 'An toàn thực phẩm và Dinh dưỡng',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_Y_TE,
    processingDays: 20,
  },
  {
    code: '1.005090',
    name: 'Chuyển trường đối với học sinh trung học phổ thông',
    field: 'Giáo dục trung học',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_GD_DT,
    processingDays: 3,
  },
  {
    code: '2.001915',
    name: 'Chỉnh sửa nội dung văn bằng, chứng chỉ',
    field: 'Văn bằng, chứng chỉ',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_GD_DT,
    processingDays: 5,
  },
  {
    code: '1.001865',
    name: 'Cấp giấy phép hoạt động dịch vụ việc làm của doanh nghiệp hoạt động dịch vụ việc làm',
    field: 'Việc làm',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_LD_TB_XH,
    processingDays: 7,
  },
  {
    code: '1.000459',
    name: 'Gia hạn giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam',
    field: 'Việc làm',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_LD_TB_XH,
    processingDays: 5,
  },
  {
    code: '2.000633',
    name: 'Cấp Giấy chứng nhận đủ điều kiện cửa hàng bán lẻ LPG chai',
    field: 'Kinh doanh khí',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_CONG_THUONG,
    processingDays: 15,
  },
  {
    code: '1.004692',
    name: 'Cấp Giấy chứng nhận đăng ký tàu cá',
    field: 'Thủy sản',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_NN_PTNT,
    processingDays: 3,
  },
  {
    code: '1.004697',
    name: 'Cấp giấy xác nhận thủy sản khai thác',
    field: 'Thủy sản',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_NN_PTNT,
    processingDays: 2,
  },
  {
    code: '1.004614',
    name: 'Cấp thẻ hướng dẫn viên du lịch quốc tế',
    field: 'Lữ hành',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_DU_LICH,
    processingDays: 10,
  },
  {
    code: '1.003725',
    name: 'Cấp giấy phép hoạt động in',
    field: 'Xuất bản, In và Phát hành',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_TT_TT,
    processingDays: 7,
  },
  {
    code: '1.003807',
    name: 'Thủ tục cho phép thành lập hội',
    field: 'Tổ chức phi chính phủ',
    level: 'PROVINCE',
    competentAgencyElectronicId: SO_NOI_VU,
    processingDays: 30,
  },
  {
    code: '2.001950',
    name: 'Đăng ký xe (cấp lần đầu, cấp đổi, cấp lại chứng nhận đăng ký xe, biển số xe) tại Công an cấp tỉnh',
    field: 'Đăng ký, quản lý phương tiện giao thông cơ giới đường bộ',
    level: 'PROVINCE',
    competentAgencyElectronicId: CONG_AN_TINH,
    processingDays: 2,
  },
  {
    code: '1.000049',
    name: 'Đăng ký thuế lần đầu đối với người nộp thuế là tổ chức kinh tế, tổ chức khác',
    field: 'Thuế',
    level: 'PROVINCE',
    competentAgencyElectronicId: CUC_THUE,
    processingDays: 3,
  },

  // ===================================================================== DISTRICT (cấp huyện)

  // --- Hộ tịch (có yếu tố nước ngoài) and chứng thực at the Phòng Tư pháp
  {
    code: '2.000528',
    name: 'Đăng ký khai sinh có yếu tố nước ngoài',
    field: 'Hộ tịch',
    level: 'DISTRICT',
    competentAgencyElectronicId: UBND_TP_RACH_GIA,
    processingDays: 1,
  },
  {
    code: '2.000806',
    name: 'Đăng ký kết hôn có yếu tố nước ngoài',
    field: 'Hộ tịch',
    level: 'DISTRICT',
    competentAgencyElectronicId: UBND_TP_PHU_QUOC,
    processingDays: 15,
  },
  {
    code: '2.000779',
    name: 'Đăng ký khai tử có yếu tố nước ngoài',
    field: 'Hộ tịch',
    level: 'DISTRICT',
    competentAgencyElectronicId: UBND_TP_HA_TIEN,
    processingDays: 1,
  },
  {
    code: '2.000748',
    name: 'Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc',
    field: 'Hộ tịch',
    level: 'DISTRICT',
    competentAgencyElectronicId: UBND_TP_RACH_GIA,
    processingDays: 3,
  },
  {
    code: '2.000843',
    name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của nước ngoài; cơ quan, tổ chức có thẩm quyền của Việt Nam liên kết với cơ quan, tổ chức có thẩm quyền của nước ngoài cấp hoặc chứng nhận',
    field: 'Chứng thực',
    level: 'DISTRICT',
    competentAgencyElectronicId: UBND_TP_RACH_GIA,
    processingDays: 1,
  },
  {
    code: '2.000992',
    name: 'Chứng thực chữ ký người dịch mà người dịch là cộng tác viên dịch thuật của Phòng Tư pháp',
    field: 'Chứng thực',
    level: 'DISTRICT',
    competentAgencyElectronicId: UBND_TP_PHU_QUOC,
    processingDays: 1,
  },

  // --- Đất đai
  {
    code: '1.012753',
    name: 'Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu',
    field: 'Đất đai',
    level: 'DISTRICT',
    competentAgencyElectronicId: UBND_H_TAN_HIEP,
    processingDays: 20,
  },
  {
    code: '1.004203',
    name: 'Chuyển mục đích sử dụng đất phải được phép của cơ quan nhà nước có thẩm quyền đối với hộ gia đình, cá nhân',
    field: 'Đất đai',
    level: 'DISTRICT',
    competentAgencyElectronicId: UBND_H_HON_DAT,
    processingDays: 15,
  },

  // --- Xây dựng
  {
    code: '1.009994',
    name: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ',
    field: 'Hoạt động xây dựng',
    level: 'DISTRICT',
    competentAgencyElectronicId: UBND_TP_RACH_GIA,
    processingDays: 15,
  },
  {
    code: '1.009995',
    name: 'Cấp giấy phép xây dựng sửa chữa, cải tạo đối với công trình cấp III, cấp IV và nhà ở riêng lẻ',
    field: 'Hoạt động xây dựng',
    level: 'DISTRICT',
    competentAgencyElectronicId: UBND_TP_PHU_QUOC,
    processingDays: 15,
  },
  {
    code: '1.009997',
    name: 'Gia hạn giấy phép xây dựng đối với công trình cấp III, cấp IV và nhà ở riêng lẻ',
    field: 'Hoạt động xây dựng',
    level: 'DISTRICT',
    competentAgencyElectronicId: UBND_TP_HA_TIEN,
    processingDays: 5,
  },
  {
    code: '1.009998',
    name: 'Cấp lại giấy phép xây dựng đối với công trình cấp III, cấp IV và nhà ở riêng lẻ',
    field: 'Hoạt động xây dựng',
    level: 'DISTRICT',
    competentAgencyElectronicId: UBND_H_KIEN_LUONG,
    processingDays: 5,
  },

  // --- Thành lập và hoạt động của hộ kinh doanh
  {
    code: '1.001612',
    name: 'Đăng ký thành lập hộ kinh doanh',
    field: 'Thành lập và hoạt động của hộ kinh doanh',
    level: 'DISTRICT',
    competentAgencyElectronicId: UBND_TP_RACH_GIA,
    processingDays: 3,
  },
  {
    code: '2.000720',
    name: 'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh',
    field: 'Thành lập và hoạt động của hộ kinh doanh',
    level: 'DISTRICT',
    competentAgencyElectronicId: UBND_TP_PHU_QUOC,
    processingDays: 3,
  },
  {
    code: '1.001570',
    name: 'Tạm ngừng hoạt động hộ kinh doanh',
    field: 'Thành lập và hoạt động của hộ kinh doanh',
    level: 'DISTRICT',
    competentAgencyElectronicId: UBND_H_CHAU_THANH,
    processingDays: 3,
  },
  {
    code: '1.001266',
    name: 'Chấm dứt hoạt động hộ kinh doanh',
    field: 'Thành lập và hoạt động của hộ kinh doanh',
    level: 'DISTRICT',
    competentAgencyElectronicId: UBND_H_GIONG_RIENG,
    processingDays: 3,
  },
  {
    code: '2.000575',
    name: 'Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh',
    field: 'Thành lập và hoạt động của hộ kinh doanh',
    level: 'DISTRICT',
    competentAgencyElectronicId: UBND_H_KIEN_HAI,
    processingDays: 3,
  },

  // --- Công Thương, Văn hóa, Giáo dục, Bảo trợ xã hội
  {
    code: '2.000629',
    name: 'Cấp Giấy phép bán lẻ rượu',
    field: 'Lưu thông hàng hóa trong nước',
    level: 'DISTRICT',
    competentAgencyElectronicId: UBND_TP_RACH_GIA,
    processingDays: 10,
  },
  {
    code: '2.000162',
    name: 'Cấp Giấy phép bán lẻ sản phẩm thuốc lá',
    field: 'Lưu thông hàng hóa trong nước',
    level: 'DISTRICT',
    competentAgencyElectronicId: UBND_TP_HA_TIEN,
    processingDays: 15,
  },
  {
    code: '1.001029',
    name: 'Cấp Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke (do cơ quan quản lý nhà nước về văn hóa cấp huyện cấp)',
    field: 'Văn hóa',
    level: 'DISTRICT',
    competentAgencyElectronicId: UBND_TP_PHU_QUOC,
    processingDays: 5,
  },
  {
    code: '1.004443',
    name: 'Cho phép trường mẫu giáo, trường mầm non, nhà trẻ hoạt động giáo dục',
    field: 'Giáo dục mầm non',
    level: 'DISTRICT',
    competentAgencyElectronicId: UBND_H_TAN_HIEP,
    processingDays: 20,
  },
  {
    code: '1.001776',
    name: 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hàng tháng',
    field: 'Bảo trợ xã hội',
    level: 'DISTRICT',
    competentAgencyElectronicId: UBND_H_KIEN_LUONG,
    processingDays: 17,
  },

  // --- Added with the procedure content
  {
    code: '2.000756',
    name: 'Đăng ký nhận cha, mẹ, con có yếu tố nước ngoài',
    field: 'Hộ tịch',
    level: 'DISTRICT',
    competentAgencyElectronicId: UBND_TP_HA_TIEN,
    processingDays: 15,
  },
  {
    code: '2.000522',
    name: 'Ghi vào Sổ hộ tịch việc kết hôn của công dân Việt Nam đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài',
    field: 'Hộ tịch',
    level: 'DISTRICT',
    competentAgencyElectronicId: UBND_H_KIEN_LUONG,
    processingDays: 5,
  },
  {
    code: '2.000513',
    name: 'Ghi vào Sổ hộ tịch việc ly hôn, hủy việc kết hôn của công dân Việt Nam đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài',
    field: 'Hộ tịch',
    level: 'DISTRICT',
    competentAgencyElectronicId: UBND_TP_RACH_GIA,
    processingDays: 5,
  },
  {
    code: '2.000554',
    name: 'Đăng ký khai sinh có yếu tố nước ngoài cho người đã có hồ sơ, giấy tờ cá nhân',
    field: 'Hộ tịch',
    level: 'DISTRICT',
    competentAgencyElectronicId: UBND_TP_HA_TIEN,
    processingDays: 3,
  },
  {
    code: '2.000497',
    name: 'Đăng ký lại khai sinh có yếu tố nước ngoài',
    field: 'Hộ tịch',
    level: 'DISTRICT',
    competentAgencyElectronicId: UBND_TP_RACH_GIA,
    processingDays: 5,
  },
  {
    code: '2.001008',
    name: 'Chứng thực chữ ký người dịch mà người dịch không phải là cộng tác viên dịch thuật của Phòng Tư pháp',
    field: 'Chứng thực',
    level: 'DISTRICT',
    competentAgencyElectronicId: UBND_TP_HA_TIEN,
    processingDays: 1,
  },
  {
    code: '2.000942',
    name: 'Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản',
    field: 'Chứng thực',
    level: 'DISTRICT',
    competentAgencyElectronicId: UBND_H_KIEN_LUONG,
    processingDays: 2,
  },
  {
    code: '1.012761',
    name: 'Giao đất, cho thuê đất đối với hộ gia đình, cá nhân không thông qua đấu giá quyền sử dụng đất',
    field: 'Đất đai',
    level: 'DISTRICT',
    competentAgencyElectronicId: UBND_TP_RACH_GIA,
    processingDays: 20,
  },
  {
    code: '1.012766',
    name: 'Gia hạn sử dụng đất nông nghiệp của hộ gia đình, cá nhân khi hết thời hạn sử dụng đất',
    field: 'Đất đai',
    level: 'DISTRICT',
    competentAgencyElectronicId: UBND_H_KIEN_LUONG,
    processingDays: 7,
  },
  {
    code: '1.012768',
    name: 'Thu hồi đất do chấm dứt việc sử dụng đất theo pháp luật, tự nguyện trả lại đất',
    field: 'Đất đai',
    level: 'DISTRICT',
    competentAgencyElectronicId: UBND_TP_HA_TIEN,
    processingDays: 20,
  },
  {
    code: '1.009996',
    name: 'Điều chỉnh giấy phép xây dựng đối với công trình cấp III, cấp IV và nhà ở riêng lẻ',
    field: 'Hoạt động xây dựng',
    level: 'DISTRICT',
    competentAgencyElectronicId: UBND_TP_RACH_GIA,
    processingDays: 15,
  },
  {
    code: '1.009999',
    name: 'Cấp giấy phép di dời đối với công trình cấp III, cấp IV và nhà ở riêng lẻ',
    field: 'Hoạt động xây dựng',
    level: 'DISTRICT',
    competentAgencyElectronicId: UBND_TP_HA_TIEN,
    processingDays: 15,
  },
  {
    code: '1.011234',
    name: 'Thẩm định Báo cáo kinh tế - kỹ thuật đầu tư xây dựng, thẩm định Báo cáo kinh tế - kỹ thuật điều chỉnh',
    field: 'Hoạt động xây dựng',
    level: 'DISTRICT',
    competentAgencyElectronicId: UBND_H_KIEN_LUONG,
    processingDays: 20,
  },
  {
    code: '2.002218',
    name: 'Đăng ký thành lập hợp tác xã',
    field: 'Thành lập và hoạt động của hợp tác xã',
    level: 'DISTRICT',
    competentAgencyElectronicId: UBND_TP_RACH_GIA,
    processingDays: 3,
  },
  {
    code: '2.002222',
    name: 'Đăng ký thay đổi tên, địa chỉ trụ sở chính, ngành, nghề sản xuất, kinh doanh của hợp tác xã',
    field: 'Thành lập và hoạt động của hợp tác xã',
    level: 'DISTRICT',
    competentAgencyElectronicId: UBND_TP_HA_TIEN,
    processingDays: 3,
  },
  {
    code: '1.005145',
    name: 'Chuyển trường đối với học sinh trung học cơ sở',
    field: 'Giáo dục trung học',
    level: 'DISTRICT',
    competentAgencyElectronicId: UBND_TP_RACH_GIA,
    processingDays: 3,
  },
  {
    code: '1.004492',
    name: 'Thành lập trường tiểu học công lập, cho phép thành lập trường tiểu học tư thục',
    field: 'Giáo dục tiểu học',
    level: 'DISTRICT',
    competentAgencyElectronicId: UBND_H_KIEN_LUONG,
    processingDays: 20,
  },
  {
    code: '2.000190',
    name: 'Cấp Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh',
    field: 'Công nghiệp tiêu dùng',
    level: 'DISTRICT',
    competentAgencyElectronicId: UBND_H_KIEN_LUONG,
    processingDays: 10,
  },
  {
    code: '2.000627',
    name: 'Cấp lại Giấy phép bán lẻ rượu',
    field: 'Lưu thông hàng hóa trong nước',
    level: 'DISTRICT',
    competentAgencyElectronicId: UBND_TP_RACH_GIA,
    processingDays: 7,
  },
  {
    code: '1.001731',
    name: 'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội',
    field: 'Bảo trợ xã hội',
    level: 'DISTRICT',
    competentAgencyElectronicId: UBND_TP_HA_TIEN,
    processingDays: 5,
  },
  {
    code: '1.003086',
    name: 'Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở kinh doanh dịch vụ ăn uống thuộc thẩm quyền cấp huyện',
    field: 'An toàn thực phẩm và Dinh dưỡng',
    level: 'DISTRICT',
    competentAgencyElectronicId: UBND_TP_RACH_GIA,
    processingDays: 20,
  },
  {
    code: '1.000775',
    name: 'Thủ tục tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp huyện về thành tích thực hiện nhiệm vụ chính trị',
    field: 'Thi đua, khen thưởng',
    level: 'DISTRICT',
    competentAgencyElectronicId: UBND_H_KIEN_LUONG,
    processingDays: 20,
  },

  // ===================================================================== COMMUNE (cấp xã)

  // --- Hộ tịch
  {
    code: '1.001193',
    name: 'Đăng ký khai sinh',
    field: 'Hộ tịch',
    level: 'COMMUNE',
    competentAgencyElectronicId: UBND_P_VINH_THANH_VAN,
    processingDays: 1,
  },
  {
    code: '1.000894',
    name: 'Đăng ký kết hôn',
    field: 'Hộ tịch',
    level: 'COMMUNE',
    competentAgencyElectronicId: UBND_P_VINH_THANH_VAN,
    processingDays: 1,
  },
  {
    code: '1.000656',
    name: 'Đăng ký khai tử',
    field: 'Hộ tịch',
    level: 'COMMUNE',
    competentAgencyElectronicId: UBND_P_VINH_THANH,
    processingDays: 1,
  },
  {
    code: '1.001022',
    name: 'Đăng ký nhận cha, mẹ, con',
    field: 'Hộ tịch',
    level: 'COMMUNE',
    competentAgencyElectronicId: UBND_P_AN_HOA,
    processingDays: 3,
  },
  {
    code: '1.000689',
    name: 'Đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con',
    field: 'Hộ tịch',
    level: 'COMMUNE',
    competentAgencyElectronicId: UBND_P_DUONG_DONG,
    processingDays: 3,
  },
  {
    code: '2.000635',
    name: 'Cấp bản sao trích lục hộ tịch',
    field: 'Hộ tịch',
    level: 'COMMUNE',
    competentAgencyElectronicId: UBND_P_VINH_LAC,
    processingDays: 1,
  },
  {
    code: '1.004873',
    name: 'Cấp Giấy xác nhận tình trạng hôn nhân',
    field: 'Hộ tịch',
    level: 'COMMUNE',
    competentAgencyElectronicId: UBND_P_AN_THOI,
    processingDays: 3,
  },
  {
    code: '1.004884',
    name: 'Đăng ký lại khai sinh',
    field: 'Hộ tịch',
    level: 'COMMUNE',
    competentAgencyElectronicId: UBND_TT_KIEN_LUONG,
    processingDays: 5,
  },
  {
    code: '1.005461',
    name: 'Đăng ký lại khai tử',
    field: 'Hộ tịch',
    level: 'COMMUNE',
    competentAgencyElectronicId: UBND_TT_TAN_HIEP,
    processingDays: 5,
  },
  {
    code: '1.004837',
    name: 'Đăng ký giám hộ',
    field: 'Hộ tịch',
    level: 'COMMUNE',
    competentAgencyElectronicId: UBND_P_TO_CHAU,
    processingDays: 3,
  },
  {
    code: '1.004845',
    name: 'Đăng ký chấm dứt giám hộ',
    field: 'Hộ tịch',
    level: 'COMMUNE',
    competentAgencyElectronicId: UBND_P_TO_CHAU,
    processingDays: 2,
  },
  {
    code: '1.004859',
    name: 'Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch',
    field: 'Hộ tịch',
    level: 'COMMUNE',
    competentAgencyElectronicId: UBND_P_RACH_SOI,
    processingDays: 3,
  },

  // --- Chứng thực
  {
    code: '2.000815',
    name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận',
    field: 'Chứng thực',
    level: 'COMMUNE',
    competentAgencyElectronicId: UBND_P_VINH_THANH_VAN,
    processingDays: 1,
  },
  {
    code: '2.000884',
    name: 'Chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ và trường hợp người yêu cầu chứng thực không thể ký, không thể điểm chỉ được)',
    field: 'Chứng thực',
    level: 'COMMUNE',
    competentAgencyElectronicId: UBND_P_DUONG_DONG,
    processingDays: 1,
  },
  {
    code: '2.001035',
    name: 'Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất và nhà ở',
    field: 'Chứng thực',
    level: 'COMMUNE',
    competentAgencyElectronicId: UBND_X_PHI_THONG,
    processingDays: 2,
  },
  {
    code: '2.001016',
    name: 'Chứng thực di chúc',
    field: 'Chứng thực',
    level: 'COMMUNE',
    competentAgencyElectronicId: UBND_X_HAM_NINH,
    processingDays: 2,
  },

  // --- Bảo trợ xã hội
  {
    code: '1.001699',
    name: 'Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật',
    field: 'Bảo trợ xã hội',
    level: 'COMMUNE',
    competentAgencyElectronicId: UBND_P_VINH_THANH,
    processingDays: 25,
  },
  {
    code: '1.001653',
    name: 'Đổi, cấp lại Giấy xác nhận khuyết tật',
    field: 'Bảo trợ xã hội',
    level: 'COMMUNE',
    competentAgencyElectronicId: UBND_TT_TAN_HIEP,
    processingDays: 5,
  },

  // --- Đất đai, Tín ngưỡng
  {
    code: '1.003554',
    name: 'Hòa giải tranh chấp đất đai (cấp xã)',
    field: 'Đất đai',
    level: 'COMMUNE',
    competentAgencyElectronicId: UBND_X_HON_TRE,
    processingDays: 30,
  },
  {
    code: '1.001055',
    name: 'Thủ tục đăng ký hoạt động tín ngưỡng',
    field: 'Tín ngưỡng, tôn giáo',
    level: 'COMMUNE',
    competentAgencyElectronicId: UBND_TT_KIEN_LUONG,
    processingDays: 15,
  },
  // --- Added with the procedure content
  {
    code: '1.012696',
    name: 'Liên thông thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
    field: 'Hộ tịch',
    level: 'COMMUNE',
    competentAgencyElectronicId: UBND_P_VINH_THANH_VAN,
    processingDays: 5,
  },
  {
    code: '1.012697',
    name: 'Liên thông thủ tục hành chính về đăng ký khai tử, xóa đăng ký thường trú, hưởng chế độ tử tuất, trợ cấp mai táng, hỗ trợ chi phí mai táng',
    field: 'Hộ tịch',
    level: 'COMMUNE',
    competentAgencyElectronicId: UBND_P_DUONG_DONG,
    processingDays: 10,
  },
  {
    code: '1.004746',
    name: 'Đăng ký lại kết hôn',
    field: 'Hộ tịch',
    level: 'COMMUNE',
    competentAgencyElectronicId: UBND_P_VINH_THANH,
    processingDays: 5,
  },
  {
    code: '1.004772',
    name: 'Đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân',
    field: 'Hộ tịch',
    level: 'COMMUNE',
    competentAgencyElectronicId: UBND_TT_KIEN_LUONG,
    processingDays: 3,
  },
  {
    code: '2.001050',
    name: 'Chứng thực văn bản thỏa thuận phân chia di sản mà di sản là động sản, quyền sử dụng đất, nhà ở',
    field: 'Chứng thực',
    level: 'COMMUNE',
    competentAgencyElectronicId: UBND_P_VINH_THANH_VAN,
    processingDays: 2,
  },
  {
    code: '2.001406',
    name: 'Chứng thực văn bản khai nhận di sản mà di sản là động sản, quyền sử dụng đất, nhà ở',
    field: 'Chứng thực',
    level: 'COMMUNE',
    competentAgencyElectronicId: UBND_P_DUONG_DONG,
    processingDays: 2,
  },
  {
    code: '2.001019',
    name: 'Chứng thực văn bản từ chối nhận di sản',
    field: 'Chứng thực',
    level: 'COMMUNE',
    competentAgencyElectronicId: UBND_P_VINH_THANH,
    processingDays: 2,
  },
  {
    code: '2.001044',
    name: 'Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch',
    field: 'Chứng thực',
    level: 'COMMUNE',
    competentAgencyElectronicId: UBND_P_DUONG_DONG,
    processingDays: 2,
  },
  {
    code: '2.001052',
    name: 'Sửa lỗi sai sót trong hợp đồng, giao dịch',
    field: 'Chứng thực',
    level: 'COMMUNE',
    competentAgencyElectronicId: UBND_P_VINH_THANH,
    processingDays: 2,
  },
  {
    code: '2.001009',
    name: 'Cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực',
    field: 'Chứng thực',
    level: 'COMMUNE',
    competentAgencyElectronicId: UBND_TT_KIEN_LUONG,
    processingDays: 1,
  },
  {
    code: '2.000286',
    name: 'Trợ giúp xã hội khẩn cấp về hỗ trợ làm nhà ở, sửa chữa nhà ở',
    field: 'Bảo trợ xã hội',
    level: 'COMMUNE',
    competentAgencyElectronicId: UBND_TT_KIEN_LUONG,
    processingDays: 10,
  },
  {
    code: '1.001078',
    name: 'Thủ tục đề nghị sinh hoạt tôn giáo tập trung',
    field: 'Tín ngưỡng, tôn giáo',
    level: 'COMMUNE',
    competentAgencyElectronicId: UBND_P_VINH_THANH,
    processingDays: 20,
  },
  {
    code: '1.001109',
    name: 'Thủ tục thông báo tổ chức lễ hội tín ngưỡng',
    field: 'Tín ngưỡng, tôn giáo',
    level: 'COMMUNE',
    competentAgencyElectronicId: UBND_P_DUONG_DONG,
    processingDays: 15,
  },
  {
    code: '1.000954',
    name: 'Xét tặng danh hiệu Gia đình văn hóa hằng năm',
    field: 'Văn hóa',
    level: 'COMMUNE',
    competentAgencyElectronicId: UBND_TT_KIEN_LUONG,
    processingDays: 5,
  },
  {
    code: '2.000346',
    name: 'Thủ tục tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã về thành tích thực hiện nhiệm vụ chính trị',
    field: 'Thi đua, khen thưởng',
    level: 'COMMUNE',
    competentAgencyElectronicId: UBND_P_VINH_THANH_VAN,
    processingDays: 20,
  },
  {
    code: '1.008948',
    name: 'Cho phép nhóm trẻ, lớp mẫu giáo độc lập hoạt động giáo dục',
    field: 'Giáo dục mầm non',
    level: 'COMMUNE',
    competentAgencyElectronicId: UBND_P_DUONG_DONG,
    processingDays: 20,
  },
  {
    code: '2.000930',
    name: 'Công nhận tuyên truyền viên pháp luật',
    field: 'Phổ biến, giáo dục pháp luật',
    level: 'COMMUNE',
    competentAgencyElectronicId: UBND_P_VINH_THANH,
    processingDays: 3,
  },
  {
    code: '2.000931',
    name: 'Công nhận hòa giải viên',
    field: 'Hòa giải ở cơ sở',
    level: 'COMMUNE',
    competentAgencyElectronicId: UBND_TT_KIEN_LUONG,
    processingDays: 3,
  },
  {
    code: '2.000925',
    name: 'Thôi làm hòa giải viên',
    field: 'Hòa giải ở cơ sở',
    level: 'COMMUNE',
    competentAgencyElectronicId: UBND_P_DUONG_DONG,
    processingDays: 3,
  },
  {
    code: '2.000929',
    name: 'Thanh toán thù lao cho hòa giải viên',
    field: 'Hòa giải ở cơ sở',
    level: 'COMMUNE',
    competentAgencyElectronicId: UBND_P_VINH_THANH_VAN,
    processingDays: 5,
  },
];
