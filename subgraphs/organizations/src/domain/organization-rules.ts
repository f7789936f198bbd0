/** Checks on agencies and officials as administrators enter them; pure, returning the field at fault. */
import type { Problem } from './secondment-rules.js';

const ELECTRONIC_ID = /^[A-Z0-9.]{3,40}$/;

const text = (value: string, field: string, label: string, max = 200): Problem | null =>
  value.trim().length === 0
    ? { field, message: `Hãy nhập ${label.split(' / ')[0]}. / Enter the ${label.split(' / ')[1]}.` }
    : value.trim().length > max
      ? { field, message: `Tối đa ${max} ký tự. / At most ${max} characters.` }
      : null;

export function agencyProblem(input: { electronicId?: string; name: string; shortName: string }): Problem | null {
  if (input.electronicId !== undefined && !ELECTRONIC_ID.test(input.electronicId)) {
    return {
      field: 'electronicId',
      message:
        'Mã định danh gồm chữ in hoa, chữ số và dấu chấm, ví dụ 000.00.09.H37. / An electronic ID is capitals, digits and dots, e.g. 000.00.09.H37.',
    };
  }
  return (
    text(input.name, 'name', 'tên cơ quan / agency name') ??
    text(input.shortName, 'shortName', 'tên viết tắt / short name', 80)
  );
}

export function officialProblem(input: { fullName: string; position: string; yearsOfService: number }): Problem | null {
  const name =
    text(input.fullName, 'fullName', 'họ tên / full name', 120) ??
    text(input.position, 'position', 'chức vụ / position', 120);
  if (name) return name;
  if (!Number.isInteger(input.yearsOfService) || input.yearsOfService < 0 || input.yearsOfService > 50) {
    return { field: 'yearsOfService', message: 'Số năm công tác từ 0 đến 50. / Years of service must be 0 to 50.' };
  }
  return null;
}
