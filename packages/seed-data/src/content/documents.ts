/** Required documents (thành phần hồ sơ) that many procedures share. */
import type { RequiredDocument } from '../procedure-terms.js';

export const doc = (
  name: string,
  originals: number,
  copies: number,
  formTemplate: string | null = null,
  fromNationalDatabase = false,
): RequiredDocument => ({ name, originals, copies, formTemplate, fromNationalDatabase });

/** Shown, not kept: the officer checks it against the national population database. */
export const IDENTITY = doc(
  'Thẻ Căn cước công dân, thẻ Căn cước hoặc Hộ chiếu còn giá trị sử dụng của người yêu cầu (xuất trình)',
  1,
  0,
  null,
  true,
);
export const RESIDENCE = doc('Giấy tờ chứng minh nơi cư trú (xác nhận thông tin về cư trú)', 1, 0, null, true);
export const AUTHORISATION = doc(
  'Văn bản ủy quyền theo quy định của pháp luật (trường hợp ủy quyền thực hiện thủ tục)',
  1,
  0,
);
export const ENTERPRISE_CERTIFICATE = doc(
  'Giấy chứng nhận đăng ký doanh nghiệp hoặc giấy tờ tương đương của tổ chức',
  0,
  1,
  null,
  true,
);
export const LAND_CERTIFICATE = doc(
  'Bản gốc Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất đã cấp',
  1,
  0,
);
export const PHOTO = doc('Ảnh màu 4 x 6 cm, nền trắng, chụp không quá 06 tháng', 2, 0);
