/**
 * Legal texts cited by the procedure content (căn cứ pháp lý), with their real numbers, dates of
 * issue and issuers. KG_FEES is the exception: Kiên Giang's HĐND resolution on local fees is cited
 * by a plausible number that was not checked against the provincial gazette.
 */
import type { LegalBasis } from '../procedure-terms.js';

const law = (number: string, issuedOn: string, title: string): LegalBasis => ({
  number,
  issuedOn,
  issuer: 'Quốc hội',
  title,
});
const decree = (number: string, issuedOn: string, title: string): LegalBasis => ({
  number,
  issuedOn,
  issuer: 'Chính phủ',
  title,
});
const circular = (number: string, issuedOn: string, issuer: string, title: string): LegalBasis => ({
  number,
  issuedOn,
  issuer,
  title,
});

export const LEGAL = {
  // Tư pháp
  HO_TICH: law('60/2014/QH13', '2014-11-20', 'Luật Hộ tịch'),
  ND_123_2015: decree(
    '123/2015/NĐ-CP',
    '2015-11-15',
    'Quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch',
  ),
  TT_04_2020_BTP: circular(
    '04/2020/TT-BTP',
    '2020-05-28',
    'Bộ Tư pháp',
    'Quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP',
  ),
  ND_63_2024: decree(
    '63/2024/NĐ-CP',
    '2024-06-10',
    'Quy định thực hiện liên thông điện tử 02 nhóm thủ tục hành chính: đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi; đăng ký khai tử, xóa đăng ký thường trú, giải quyết mai táng phí, tử tuất',
  ),
  CU_TRU: law('68/2020/QH14', '2020-11-13', 'Luật Cư trú'),
  ND_23_2015: decree(
    '23/2015/NĐ-CP',
    '2015-02-16',
    'Về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch',
  ),
  TT_01_2020_BTP: circular(
    '01/2020/TT-BTP',
    '2020-03-03',
    'Bộ Tư pháp',
    'Quy định chi tiết và hướng dẫn thi hành một số điều của Nghị định số 23/2015/NĐ-CP',
  ),
  LLTP: law('28/2009/QH12', '2009-06-17', 'Luật Lý lịch tư pháp'),
  CONG_CHUNG: law('53/2014/QH13', '2014-06-20', 'Luật Công chứng'),
  DAU_GIA: law('01/2016/QH14', '2016-11-17', 'Luật Đấu giá tài sản'),
  PBGDPL: law('14/2012/QH13', '2012-06-20', 'Luật Phổ biến, giáo dục pháp luật'),
  HOA_GIAI: law('35/2013/QH13', '2013-06-20', 'Luật Hòa giải ở cơ sở'),
  ND_15_2014: decree(
    '15/2014/NĐ-CP',
    '2014-02-27',
    'Quy định chi tiết một số điều và biện pháp thi hành Luật Hòa giải ở cơ sở',
  ),
  ND_99_2022: decree('99/2022/NĐ-CP', '2022-11-30', 'Về đăng ký biện pháp bảo đảm'),
  // Kinh tế, đầu tư
  DOANH_NGHIEP: law('59/2020/QH14', '2020-06-17', 'Luật Doanh nghiệp'),
  ND_01_2021: decree('01/2021/NĐ-CP', '2021-01-04', 'Về đăng ký doanh nghiệp'),
  ND_122_2020: decree(
    '122/2020/NĐ-CP',
    '2020-10-15',
    'Quy định về phối hợp, liên thông thủ tục đăng ký thành lập doanh nghiệp, chi nhánh, văn phòng đại diện, khai trình việc sử dụng lao động, cấp mã số đơn vị tham gia bảo hiểm xã hội, đăng ký sử dụng hóa đơn của doanh nghiệp',
  ),
  DAU_TU: law('61/2020/QH14', '2020-06-17', 'Luật Đầu tư'),
  ND_31_2021: decree(
    '31/2021/NĐ-CP',
    '2021-03-26',
    'Quy định chi tiết và hướng dẫn thi hành một số điều của Luật Đầu tư',
  ),
  HOP_TAC_XA: law('17/2023/QH15', '2023-06-20', 'Luật Hợp tác xã'),
  ND_92_2024: decree('92/2024/NĐ-CP', '2024-07-18', 'Về đăng ký doanh nghiệp xã hội, hợp tác xã, liên hiệp hợp tác xã'),
  QUAN_LY_THUE: law('38/2019/QH14', '2019-06-13', 'Luật Quản lý thuế'),
  TT_105_2020_BTC: circular('105/2020/TT-BTC', '2020-12-03', 'Bộ Tài chính', 'Hướng dẫn về đăng ký thuế'),
  // Đất đai, tài nguyên, môi trường
  DAT_DAI: law('31/2024/QH15', '2024-01-18', 'Luật Đất đai'),
  ND_101_2024: decree(
    '101/2024/NĐ-CP',
    '2024-07-29',
    'Quy định về điều tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất và hệ thống thông tin đất đai',
  ),
  ND_102_2024: decree('102/2024/NĐ-CP', '2024-07-30', 'Quy định chi tiết thi hành một số điều của Luật Đất đai'),
  TAI_NGUYEN_NUOC: law('28/2023/QH15', '2023-11-27', 'Luật Tài nguyên nước'),
  ND_54_2024: decree(
    '54/2024/NĐ-CP',
    '2024-05-16',
    'Quy định việc hành nghề khoan nước dưới đất, kê khai, đăng ký, cấp phép, dịch vụ tài nguyên nước và tiền cấp quyền khai thác tài nguyên nước',
  ),
  BAO_VE_MOI_TRUONG: law('72/2020/QH14', '2020-11-17', 'Luật Bảo vệ môi trường'),
  ND_08_2022: decree('08/2022/NĐ-CP', '2022-01-10', 'Quy định chi tiết một số điều của Luật Bảo vệ môi trường'),
  // Xây dựng, giao thông
  XAY_DUNG: law('50/2014/QH13', '2014-06-18', 'Luật Xây dựng'),
  XAY_DUNG_SUA_DOI: law('62/2020/QH14', '2020-06-17', 'Luật sửa đổi, bổ sung một số điều của Luật Xây dựng'),
  ND_15_2021: decree(
    '15/2021/NĐ-CP',
    '2021-03-03',
    'Quy định chi tiết một số nội dung về quản lý dự án đầu tư xây dựng',
  ),
  TT_ATGT_DB: law('36/2024/QH15', '2024-06-27', 'Luật Trật tự, an toàn giao thông đường bộ'),
  DUONG_BO: law('35/2024/QH15', '2024-06-27', 'Luật Đường bộ'),
  ND_10_2020: decree(
    '10/2020/NĐ-CP',
    '2020-01-17',
    'Quy định về kinh doanh và điều kiện kinh doanh vận tải bằng xe ô tô',
  ),
  TT_35_2024_BGTVT: circular(
    '35/2024/TT-BGTVT',
    '2024-11-15',
    'Bộ Giao thông vận tải',
    'Quy định về đào tạo, sát hạch, cấp giấy phép lái xe; cấp, sử dụng giấy phép lái xe quốc tế',
  ),
  TT_79_2024_BCA: circular(
    '79/2024/TT-BCA',
    '2024-11-15',
    'Bộ Công an',
    'Quy định về cấp, thu hồi chứng nhận đăng ký, biển số xe cơ giới, xe máy chuyên dùng',
  ),
  XNC: law('49/2019/QH14', '2019-11-22', 'Luật Xuất cảnh, nhập cảnh của công dân Việt Nam'),
  // Văn hóa - xã hội
  DUOC: law('105/2016/QH13', '2016-04-06', 'Luật Dược'),
  ND_54_2017: decree('54/2017/NĐ-CP', '2017-05-08', 'Quy định chi tiết một số điều và biện pháp thi hành Luật Dược'),
  ATTP: law('55/2010/QH12', '2010-06-17', 'Luật An toàn thực phẩm'),
  ND_15_2018: decree(
    '15/2018/NĐ-CP',
    '2018-02-02',
    'Quy định chi tiết thi hành một số điều của Luật An toàn thực phẩm',
  ),
  GIAO_DUC: law('43/2019/QH14', '2019-06-14', 'Luật Giáo dục'),
  ND_125_2024: decree(
    '125/2024/NĐ-CP',
    '2024-10-05',
    'Quy định về điều kiện đầu tư và hoạt động trong lĩnh vực giáo dục',
  ),
  TT_21_2019_BGDDT: circular(
    '21/2019/TT-BGDĐT',
    '2019-11-29',
    'Bộ Giáo dục và Đào tạo',
    'Ban hành Quy chế quản lý bằng tốt nghiệp trung học cơ sở, bằng tốt nghiệp trung học phổ thông, văn bằng giáo dục đại học và chứng chỉ của hệ thống giáo dục quốc dân',
  ),
  BO_LUAT_LAO_DONG: law('45/2019/QH14', '2019-11-20', 'Bộ luật Lao động'),
  VIEC_LAM: law('38/2013/QH13', '2013-11-16', 'Luật Việc làm'),
  ND_152_2020: decree(
    '152/2020/NĐ-CP',
    '2020-12-30',
    'Quy định về người lao động nước ngoài làm việc tại Việt Nam và tuyển dụng, quản lý người lao động Việt Nam làm việc cho tổ chức, cá nhân nước ngoài tại Việt Nam',
  ),
  ND_20_2021: decree(
    '20/2021/NĐ-CP',
    '2021-03-15',
    'Quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội',
  ),
  NGUOI_KHUYET_TAT: law('51/2010/QH12', '2010-06-17', 'Luật Người khuyết tật'),
  ND_131_2021: decree(
    '131/2021/NĐ-CP',
    '2021-12-30',
    'Quy định chi tiết và biện pháp thi hành Pháp lệnh Ưu đãi người có công với cách mạng',
  ),
  BHXH: law('41/2024/QH15', '2024-06-29', 'Luật Bảo hiểm xã hội'),
  BHYT: law('25/2008/QH12', '2008-11-14', 'Luật Bảo hiểm y tế'),
  DU_LICH: law('09/2017/QH14', '2017-06-19', 'Luật Du lịch'),
  THE_DUC_THE_THAO: law('26/2018/QH14', '2018-06-14', 'Luật sửa đổi, bổ sung một số điều của Luật Thể dục, thể thao'),
  ND_54_2019: decree('54/2019/NĐ-CP', '2019-06-19', 'Quy định về kinh doanh dịch vụ karaoke, dịch vụ vũ trường'),
  ND_86_2023: decree(
    '86/2023/NĐ-CP',
    '2023-12-07',
    'Quy định về khung tiêu chuẩn và trình tự, thủ tục, hồ sơ xét tặng danh hiệu "Gia đình văn hóa"; "Thôn, tổ dân phố văn hóa", "Xã, phường, thị trấn tiêu biểu"',
  ),
  XUAT_BAN: law('19/2012/QH13', '2012-11-20', 'Luật Xuất bản'),
  ND_60_2014: decree('60/2014/NĐ-CP', '2014-06-19', 'Quy định về hoạt động in'),
  TIN_NGUONG: law('02/2016/QH14', '2016-11-18', 'Luật Tín ngưỡng, tôn giáo'),
  ND_95_2023: decree('95/2023/NĐ-CP', '2023-12-29', 'Quy định chi tiết Luật Tín ngưỡng, tôn giáo'),
  ND_126_2024: decree('126/2024/NĐ-CP', '2024-10-08', 'Quy định về tổ chức, hoạt động và quản lý hội'),
  THI_DUA: law('06/2022/QH15', '2022-06-15', 'Luật Thi đua, khen thưởng'),
  ND_98_2023: decree(
    '98/2023/NĐ-CP',
    '2023-12-31',
    'Quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
  ),
  // Kinh tế ngành
  ND_105_2017: decree('105/2017/NĐ-CP', '2017-09-14', 'Về kinh doanh rượu'),
  ND_67_2013: decree(
    '67/2013/NĐ-CP',
    '2013-05-27',
    'Quy định chi tiết một số điều và biện pháp thi hành Luật Phòng, chống tác hại của thuốc lá về kinh doanh thuốc lá',
  ),
  ND_87_2018: decree('87/2018/NĐ-CP', '2018-06-15', 'Về kinh doanh khí'),
  THUY_SAN: law('18/2017/QH14', '2017-11-21', 'Luật Thủy sản'),
  ND_26_2019: decree(
    '26/2019/NĐ-CP',
    '2019-03-08',
    'Quy định chi tiết một số điều và biện pháp thi hành Luật Thủy sản',
  ),
  ND_37_2024: decree('37/2024/NĐ-CP', '2024-04-04', 'Sửa đổi, bổ sung một số điều của Nghị định số 26/2019/NĐ-CP'),
  NAL_ATTP_NN: circular(
    '38/2018/TT-BNNPTNT',
    '2018-12-25',
    'Bộ Nông nghiệp và Phát triển nông thôn',
    'Quy định việc thẩm định, chứng nhận cơ sở sản xuất, kinh doanh thực phẩm nông, lâm, thủy sản đủ điều kiện an toàn thực phẩm',
  ),
  NANG_LUONG_NGUYEN_TU: law('18/2008/QH12', '2008-06-03', 'Luật Năng lượng nguyên tử'),
  NGAN_SACH: law('83/2015/QH13', '2015-06-25', 'Luật Ngân sách nhà nước'),
  // Phí, lệ phí
  PHI_LE_PHI: law('97/2015/QH13', '2015-11-25', 'Luật Phí và lệ phí'),
  TT_85_2019_BTC: circular(
    '85/2019/TT-BTC',
    '2019-11-29',
    'Bộ Tài chính',
    'Hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương',
  ),
  KG_FEES: circular(
    '15/2020/NQ-HĐND',
    '2020-07-17',
    'Hội đồng nhân dân tỉnh Kiên Giang',
    'Quy định mức thu, chế độ thu, nộp, quản lý và sử dụng các loại phí, lệ phí thuộc thẩm quyền của Hội đồng nhân dân tỉnh Kiên Giang',
  ),
} as const;

/** Fee texts, as the `legalText` of a fee. */
export const FEE_TEXT = {
  KG: 'Nghị quyết 15/2020/NQ-HĐND tỉnh Kiên Giang (Thông tư 85/2019/TT-BTC)',
  CHUNG_THUC: 'Thông tư 226/2016/TT-BTC',
  LLTP: 'Thông tư 244/2016/TT-BTC',
  TRICH_LUC: 'Thông tư 281/2016/TT-BTC',
  DANG_KY_DN: 'Thông tư 47/2019/TT-BTC',
  CU_TRU: 'Thông tư 75/2022/TT-BTC',
  GPLX: 'Thông tư 37/2023/TT-BTC',
  DANG_KY_XE: 'Thông tư 60/2023/TT-BTC',
  THUONG_MAI: 'Thông tư 168/2016/TT-BTC',
  DUOC: 'Thông tư 277/2016/TT-BTC',
  DU_LICH: 'Thông tư 33/2018/TT-BTC',
  XAY_DUNG: 'Thông tư 38/2022/TT-BTC',
  ATTP: 'Thông tư 67/2021/TT-BTC',
  CONG_CHUNG: 'Thông tư 257/2016/TT-BTC',
  DAU_GIA: 'Thông tư 106/2017/TT-BTC',
} as const;
