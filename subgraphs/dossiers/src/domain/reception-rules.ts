/**
 * The checks of reception (DOMAIN.md §1.2 step 3): who the applicant is, which documents of the
 * bound version were handed in, and what a supplement request or a refusal must say. Each fault
 * names the input field, so the counter form can show it beside the field.
 */
import { z } from 'zod';
import type { ApplicantRecord, DocumentCheck } from './dossier-record.js';
import type { RequiredDocument } from './procedure-terms.js';

export interface InputFault {
  field: string;
  message: string;
}

const optionalText = z
  .string()
  .trim()
  .max(200)
  .nullish()
  .transform((value) => (value ? value : null));

const representative = z.object({
  name: z.string().trim().min(1, 'Nhập họ tên người được ủy quyền.').max(200),
  idNumber: z
    .string()
    .trim()
    .regex(/^\d{12}$/, 'Số CCCD của người được ủy quyền gồm 12 chữ số.'),
  phone: optionalText,
  authorisation: z.string().trim().min(1, 'Ghi số, ngày của giấy ủy quyền.').max(300),
});

const applicant = z
  .object({
    kind: z.enum(['PERSON', 'ORGANISATION']),
    name: z.string().trim().min(1, 'Nhập họ tên hoặc tên tổ chức.').max(200),
    idNumber: z.string().trim(),
    address: z.string().trim().min(1, 'Nhập địa chỉ.').max(300),
    communeId: z.string().uuid().nullish(),
    phone: optionalText.refine(
      (value) => value === null || /^(\+84|0)\d{9,10}$/.test(value.replace(/[\s.]/g, '')),
      'Số điện thoại không đúng (ví dụ 0912345678).',
    ),
    email: optionalText.refine((value) => value === null || z.email().safeParse(value).success, 'Email không đúng.'),
    representative: representative.nullish(),
  })
  .superRefine((value, ctx) => {
    // CCCD has 12 digits; an organisation gives its enterprise/tax code (10 digits, or 10-3 for a branch).
    const valid = value.kind === 'PERSON' ? /^\d{12}$/.test(value.idNumber) : /^\d{10}(-\d{3})?$/.test(value.idNumber);
    if (!valid)
      ctx.addIssue({
        code: 'custom',
        path: ['idNumber'],
        message:
          value.kind === 'PERSON'
            ? 'Số CCCD gồm 12 chữ số.'
            : 'Mã số doanh nghiệp gồm 10 chữ số (chi nhánh: 10 chữ số, gạch ngang, 3 chữ số).',
      });
  });

export function parseApplicant(
  input: unknown,
  field = 'applicant',
): { applicant: ApplicantRecord } | { faults: InputFault[] } {
  const parsed = applicant.safeParse(input);
  if (!parsed.success) {
    return {
      faults: parsed.error.issues.map((issue) => ({ field: [field, ...issue.path].join('.'), message: issue.message })),
    };
  }
  const value = parsed.data;
  return {
    applicant: {
      kind: value.kind,
      name: value.name,
      idNumber: value.idNumber,
      address: value.address,
      communeId: value.communeId ?? null,
      phone: value.phone,
      email: value.email,
      representative: value.representative
        ? { ...value.representative, phone: value.representative.phone ?? null }
        : null,
    },
  };
}

export interface DocumentCheckInput {
  index: number;
  provided: boolean;
  fromNationalDatabase?: boolean | null;
}

/** The checklist in the version's order, one entry per required document. */
export function parseChecklist(
  input: readonly DocumentCheckInput[],
  required: readonly RequiredDocument[],
): { documents: DocumentCheck[] } | { faults: InputFault[] } {
  const faults: InputFault[] = [];
  const byIndex = new Map<number, DocumentCheckInput>();
  input.forEach((check, position) => {
    if (!Number.isInteger(check.index) || check.index < 0 || check.index >= required.length)
      faults.push({
        field: `documents[${position}].index`,
        message: `Thủ tục này có ${required.length} thành phần hồ sơ.`,
      });
    else if (byIndex.has(check.index))
      faults.push({ field: `documents[${position}].index`, message: 'Thành phần hồ sơ này được kê hai lần.' });
    else if (check.fromNationalDatabase && !required[check.index]!.fromNationalDatabase)
      faults.push({
        field: `documents[${position}].fromNationalDatabase`,
        message: `"${required[check.index]!.name}" không khai thác được từ cơ sở dữ liệu quốc gia.`,
      });
    else byIndex.set(check.index, check);
  });
  if (faults.length > 0) return { faults };
  return {
    documents: required.map((_, index) => ({
      index,
      provided: byIndex.get(index)?.provided ?? false,
      fromNationalDatabase: byIndex.get(index)?.fromNationalDatabase ?? false,
    })),
  };
}

/** Receiving needs every document, handed in or taken from a national database. */
export function missingDocuments(
  documents: readonly DocumentCheck[],
  required: readonly RequiredDocument[],
): InputFault[] {
  return documents
    .filter((check) => !check.provided && !check.fromNationalDatabase)
    .map((check) => ({
      field: `documents[${check.index}]`,
      message: `Thiếu "${required[check.index]!.name}": yêu cầu bổ sung thay vì tiếp nhận.`,
    }));
}

export interface SupplementItemInput {
  name: string;
  reason: string;
}

/** Guidance once, in full: at least one item, each with a reason, and an overall reason. */
export function supplementFaults(
  items: readonly SupplementItemInput[] | null | undefined,
  reason: string | null | undefined,
  field = 'supplementItems',
): InputFault[] {
  const faults: InputFault[] = [];
  if (!items || items.length === 0) faults.push({ field, message: 'Liệt kê đủ mọi giấy tờ cần bổ sung, một lần.' });
  items?.forEach((item, index) => {
    if (!item.name.trim()) faults.push({ field: `${field}[${index}].name`, message: 'Nhập tên giấy tờ.' });
    if (!item.reason.trim()) faults.push({ field: `${field}[${index}].reason`, message: 'Nêu lý do cần bổ sung.' });
  });
  if (!reason?.trim()) faults.push({ field: 'reason', message: 'Nêu lý do yêu cầu bổ sung.' });
  return faults;
}
