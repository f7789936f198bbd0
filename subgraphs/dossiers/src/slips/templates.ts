/**
 * The standard forms (biểu mẫu) of the one-stop mechanism, numbered per rule set (DOMAIN.md §2.1):
 * Circular 01/2018/TT-VPCP guides Decree 61/2018 (Mẫu 01–06); Circular 03/2025/TT-VPCP guides
 * Decree 118/2025 (Mẫu 01–07, with the new notice of stopping as Mẫu 05). A dossier keeps the rule
 * set it was received under, and so do its slips.
 */

export type RuleSet = 'ND61_TT01_2018' | 'ND118_TT03_2025';

export const RULE_SETS: readonly RuleSet[] = ['ND61_TT01_2018', 'ND118_TT03_2025'];

export type FormKind =
  'RECEIPT' | 'SUPPLEMENT_REQUEST' | 'REFUSAL' | 'APOLOGY' | 'STOP_NOTICE' | 'CONTROL_SLIP' | 'TRACKING_BOOK';

export const FORM_KINDS: readonly FormKind[] = [
  'RECEIPT',
  'SUPPLEMENT_REQUEST',
  'REFUSAL',
  'APOLOGY',
  'STOP_NOTICE',
  'CONTROL_SLIP',
  'TRACKING_BOOK',
];

export interface FormTemplate {
  kind: FormKind;
  ruleSet: RuleSet;
  /** '01' … '07' */
  number: string;
  /** The form's name (tên mẫu), in sentence case; the slip prints it in capitals as its title. */
  name: string;
  /** The circular that issues the form, as printed under "Mẫu số NN". */
  legalBasis: string;
}

const LEGAL_BASIS: Record<RuleSet, string> = {
  ND61_TT01_2018: 'Thông tư số 01/2018/TT-VPCP ngày 23/11/2018',
  ND118_TT03_2025: 'Thông tư số 03/2025/TT-VPCP ngày 15/09/2025',
};

type Row = [kind: FormKind, nd61: string | null, nd118: string | null, name61: string, name118?: string];

const RECEIPT = 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả';
const SUPPLEMENT = 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ';
const REFUSAL = 'Phiếu từ chối tiếp nhận giải quyết hồ sơ';
const CONTROL = 'Phiếu kiểm soát quá trình giải quyết hồ sơ';
const BOOK = 'Sổ theo dõi hồ sơ';

const ROWS: readonly Row[] = [
  ['RECEIPT', '01', '01', RECEIPT],
  ['SUPPLEMENT_REQUEST', '02', '02', SUPPLEMENT],
  ['REFUSAL', '03', '03', REFUSAL],
  [
    'APOLOGY',
    '04',
    '04',
    'Phiếu xin lỗi và hẹn lại ngày trả kết quả',
    'Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết',
  ],
  ['STOP_NOTICE', null, '05', 'Thông báo dừng giải quyết hồ sơ'],
  ['CONTROL_SLIP', '05', '06', CONTROL],
  ['TRACKING_BOOK', '06', '07', BOOK],
];

/** The form of a kind under a rule set, or null when that rule set has no such form (STOP_NOTICE before 2025). */
export function formTemplate(kind: FormKind, ruleSet: RuleSet): FormTemplate | null {
  const row = ROWS.find(([k]) => k === kind);
  if (!row) return null;
  const [, nd61, nd118, name61, name118] = row;
  const number = ruleSet === 'ND61_TT01_2018' ? nd61 : nd118;
  if (number === null) return null;
  const name = ruleSet === 'ND118_TT03_2025' && name118 ? name118 : name61;
  return { kind, ruleSet, number, name, legalBasis: LEGAL_BASIS[ruleSet] };
}

/** Every form of a rule set, in the order of their numbers. */
export function formTemplates(ruleSet: RuleSet): FormTemplate[] {
  return FORM_KINDS.map((kind) => formTemplate(kind, ruleSet))
    .filter((t): t is FormTemplate => t !== null)
    .sort((a, b) => a.number.localeCompare(b.number));
}

/** Like formTemplate, for the renderers: a kind the rule set lacks is a caller's error. */
export function requireTemplate(kind: FormKind, ruleSet: RuleSet): FormTemplate {
  const template = formTemplate(kind, ruleSet);
  if (!template) {
    throw new UnsupportedFormError(kind, ruleSet);
  }
  return template;
}

export class UnsupportedFormError extends Error {
  constructor(
    readonly kind: FormKind,
    readonly ruleSet: RuleSet,
  ) {
    super(`form ${kind} does not exist under rule set ${ruleSet}`);
    this.name = 'UnsupportedFormError';
  }
}
