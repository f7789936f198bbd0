/**
 * The shape of a procedure version's content (thủ tục hành chính as the catalogue publishes it),
 * mirroring the national procedure database's public fields (DOMAIN.md §3.3): what the citizen
 * brings (THANHPHANHOSO), pays and waits for per channel (CACHTHUCTHUCHIEN), the steps
 * (TRINHTUTHUCHIEN), conditions (YEUCAU), result (KETQUATHUCHIEN), legal bases (CANCUPHAPLY), and
 * the internal process (quy trình nội bộ) staff follow. Pure types: the procedures subgraph
 * validates and stores them, the seed fills them in.
 */

export type ApplicantType = 'CITIZEN' | 'ORGANISATION';
/** KENH 1 / 2 / 3 of the national database. */
export type SubmissionChannel = 'IN_PERSON' | 'ONLINE' | 'POSTAL';
/** MucDo 2 / 3 (một phần) / 4 (toàn trình). */
export type OnlineServiceLevel = 'INFORMATION' | 'PARTIAL' | 'FULL';
export type DurationUnit = 'WORKING_DAY' | 'CALENDAR_DAY' | 'HOUR';
/** Staff roles that perform a step of an internal process. */
export type ProcessRole = 'RECEPTION_OFFICER' | 'SPECIALIST' | 'APPROVER';

/** Working days may be halves (0.5 = half a working day); hours and calendar days are whole. */
export interface Duration {
  value: number;
  unit: DurationUnit;
}

export interface Fee {
  description: string;
  /** Integer VND. */
  amountVnd: number;
  /** The legal text that sets the fee, e.g. "Thông tư 85/2019/TT-BTC". */
  legalText: string | null;
}

export interface ChannelTerms {
  channel: SubmissionChannel;
  /** Only where this channel's time differs from the version's processing time. */
  processingTime: Duration | null;
  fees: Fee[];
}

export interface RequiredDocument {
  name: string;
  originals: number;
  copies: number;
  /** File name of the form template (mẫu đơn, tờ khai), when there is one. */
  formTemplate: string | null;
  /** The reception officer can take it from a national database instead of asking for it. */
  fromNationalDatabase: boolean;
}

export interface LegalBasis {
  /** e.g. "60/2014/QH13" */
  number: string;
  /** ISO date of issue, e.g. "2014-11-20" */
  issuedOn: string;
  issuer: string;
  title: string;
}

export interface InternalStep {
  name: string;
  role: ProcessRole;
  /** Electronic ID of the agency performing the step (another agency's for inter-agency steps). */
  agencyElectronicId: string;
  /** Same unit as the version's processing time; the steps add up to it exactly. */
  duration: Duration;
}

export interface ProcedureTerms {
  applicantTypes: ApplicantType[];
  /** Steps as the citizen sees them (trình tự thực hiện). */
  steps: string[];
  channels: ChannelTerms[];
  onlineLevel: OnlineServiceLevel;
  /** The legal processing time (thời hạn giải quyết). */
  processingTime: Duration;
  documents: RequiredDocument[];
  conditions: string | null;
  result: { name: string; validity: string | null };
  legalBases: LegalBasis[];
  internalProcess: InternalStep[];
}

/** Quyết định công bố: the Chairman's decision that publishes a version of the catalogue. */
export interface PublicationDecision {
  number: string;
  /** ISO date */
  signedOn: string;
  signer: string;
}
