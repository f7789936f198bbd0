import type { DossierStatus, Timeliness } from '@motcua/graphql-client';

// The names of a dossier's states and of its timeliness, as the national portal and the forms say
// them (DOMAIN.md §1.3). Kept here rather than in either app's strings so the console and the portal
// say the same words; looked up by language, outside i18next's namespaces, so neither app needs to
// register anything to use the badges.

type Labels<Key extends string> = Record<'vi' | 'en', Record<Key, string>>;

const statusNames: Labels<DossierStatus> = {
  vi: {
    DRAFT: 'Bản nháp',
    SUBMITTED: 'Mới đăng ký',
    AWAITING_RECEPTION_SUPPLEMENT: 'Chờ bổ sung tiếp nhận',
    RECEIVED: 'Được tiếp nhận',
    REFUSED: 'Không được tiếp nhận',
    IN_PROCESS: 'Đang xử lý',
    SUPPLEMENT_REQUESTED: 'Yêu cầu bổ sung giấy tờ',
    AWAITING_PAYMENT: 'Yêu cầu thực hiện nghĩa vụ tài chính',
    WITHDRAWAL_REQUESTED: 'Công dân yêu cầu rút hồ sơ',
    STOPPED: 'Dừng xử lý',
    RESOLVED: 'Đã xử lý xong',
    RETURNED: 'Đã trả kết quả',
  },
  en: {
    DRAFT: 'Draft',
    SUBMITTED: 'Submitted',
    AWAITING_RECEPTION_SUPPLEMENT: 'Awaiting supplement before reception',
    RECEIVED: 'Received',
    REFUSED: 'Refused',
    IN_PROCESS: 'In process',
    SUPPLEMENT_REQUESTED: 'Supplement requested',
    AWAITING_PAYMENT: 'Awaiting payment',
    WITHDRAWAL_REQUESTED: 'Withdrawal requested',
    STOPPED: 'Stopped',
    RESOLVED: 'Resolved',
    RETURNED: 'Result returned',
  },
};

const timelinessNames: Labels<Timeliness> = {
  vi: { EARLY: 'Trước hạn', ON_TIME: 'Đúng hạn', LATE: 'Quá hạn' },
  en: { EARLY: 'Early', ON_TIME: 'On time', LATE: 'Late' },
};

const dueSoonName = { vi: 'Sắp đến hạn', en: 'Due soon' };
const nationalCodeName = { vi: 'mã trạng thái quốc gia', en: 'national status code' };

function pick(language: string | undefined): 'vi' | 'en' {
  return language === 'en' ? 'en' : 'vi';
}

/** "Đang xử lý" / "In process". */
export function dossierStatusName(status: DossierStatus, language: string | undefined): string {
  return statusNames[pick(language)][status];
}

/** "Trước hạn" / "Đúng hạn" / "Quá hạn". */
export function timelinessName(timeliness: Timeliness, language: string | undefined): string {
  return timelinessNames[pick(language)][timeliness];
}

export function dueSoonLabel(language: string | undefined): string {
  return dueSoonName[pick(language)];
}

export function nationalStatusCodeLabel(language: string | undefined): string {
  return nationalCodeName[pick(language)];
}

/** Waiting on the applicant, on staff, finished well or finished otherwise: one colour each. */
export const dossierStatusColor: Record<DossierStatus, string> = {
  DRAFT: 'gray',
  SUBMITTED: 'cyan',
  AWAITING_RECEPTION_SUPPLEMENT: 'yellow',
  RECEIVED: 'blue',
  REFUSED: 'red',
  IN_PROCESS: 'blue',
  SUPPLEMENT_REQUESTED: 'yellow',
  AWAITING_PAYMENT: 'yellow',
  WITHDRAWAL_REQUESTED: 'orange',
  STOPPED: 'gray',
  RESOLVED: 'teal',
  RETURNED: 'green',
};

/** Every state, in the order a dossier goes through them (for filters and their options). */
export const dossierStatuses = Object.keys(dossierStatusColor) as DossierStatus[];
