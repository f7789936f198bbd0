/** The data each slip prints. Plain values only: the caller reads the dossier; the slips only lay it out. */
import type { Channel, ProcessingTimeUnit, ReturnMethod, Timeliness } from './format.js';
import type { RuleSet } from './templates.js';

export interface SlipHeader {
  /** The governing authority, top left: 'UBND TỈNH KIÊN GIANG' */
  authority: string;
  /** The unit issuing the slip, under it in bold: 'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG' */
  issuingUnit: string;
  /** The place name of the date line (địa danh): 'Kiên Giang' */
  place: string;
  /** When the slip is issued; also its PDF creation date, so that the same data gives the same bytes. */
  issuedAt: Date;
  /** The dossier's rule set, which picks the form's number and name. */
  ruleSet: RuleSet;
}

export interface SlipApplicant {
  /** The dossier's owner (chủ hồ sơ): a person or an organisation. */
  name: string;
  /** Number of the identity paper (số giấy tờ): citizen ID, passport, enterprise code. */
  idNumber: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  /** Who submitted on the owner's behalf (người nộp thay, người đại diện), if not the owner. */
  representative: string | null;
}

/** One paper of the dossier's composition (thành phần hồ sơ) as received. */
export interface SlipDocument {
  name: string;
  originals: number;
  copies: number;
  /** The paper copy was handed over (nhận bản giấy). */
  paperReceived: boolean;
  /** It came as an electronic (e-signed) file. */
  electronic: boolean;
}

export interface ProcessingTime {
  value: number;
  unit: ProcessingTimeUnit;
}

/** Mẫu 01 */
export interface ReceiptSlipData {
  header: SlipHeader;
  dossierCode: string;
  receivingOfficial: string;
  applicant: SlipApplicant;
  procedureName: string;
  documents: SlipDocument[];
  /** Number of sets (số lượng hồ sơ, bộ). */
  sets: number;
  processingTime: ProcessingTime;
  appointmentAt: Date;
  returnMethod: ReturnMethod;
  returnPlace: string;
  channel: Channel;
  trackingUrl: string;
  /** When the dossier was received; defaults to header.issuedAt (the slip is printed at reception). */
  receivedAt?: Date;
}

/** Mẫu 02 */
export interface SupplementRequestData {
  header: SlipHeader;
  dossierCode: string;
  applicant: SlipApplicant;
  procedureName: string;
  items: { name: string; originals: number; certifiedCopies: number; photocopies: number; reason: string }[];
  reason: string;
  /** Where to read the procedure (its page on the portal). */
  guidanceUrl: string;
  guidingOfficial: string;
  /** How to reach the guiding official: phone, extension. */
  contact: string;
  trackingUrl: string;
}

/** Mẫu 03 */
export interface RefusalSlipData {
  header: SlipHeader;
  /** Null when the dossier was refused before it got a code. */
  dossierCode: string | null;
  applicant: SlipApplicant;
  procedureName: string;
  reasons: string[];
  /** Where to go instead, when the unit is not competent. */
  guidance: string | null;
  official: string;
}

/** Mẫu 04 */
export interface ApologySlipData {
  header: SlipHeader;
  dossierCode: string;
  applicant: SlipApplicant;
  receivedAt: Date;
  receivingUnit: string;
  procedureName: string;
  reason: string;
  previousDueAt: Date;
  newDueAt: Date;
  delayingAgency: string;
  signerTitle: string;
  signerName: string;
  trackingUrl: string;
  /** The extension asked for (Circular 03/2025 names Mẫu 04 a request to extend); printed when given. */
  extension?: ProcessingTime;
}

/** Mẫu 05 of Circular 03/2025 */
export interface StopNoticeData {
  header: SlipHeader;
  dossierCode: string;
  applicant: SlipApplicant;
  procedureName: string;
  reason: string;
  legalBasis: string | null;
  signerTitle: string;
  signerName: string;
}

/** One handover of the dossier between units (one row of the control slip). */
export interface ControlSlipRow {
  /** Unit handing the dossier over (Bên giao). */
  giver: string;
  /** Unit receiving it (Bên nhận). */
  receiver: string;
  handedOverAt: Date;
  giverName: string | null;
  receiverName: string | null;
  /** Whether the step finished before, on or after its budget; null while it runs. */
  result: Timeliness | null;
  note: string | null;
}

/** Mẫu 05 (01/2018) / 06 (03/2025) */
export interface ControlSlipData {
  header: SlipHeader;
  dossierCode: string;
  applicantName: string;
  procedureName: string;
  receivedAt: Date;
  appointmentAt: Date;
  rows: ControlSlipRow[];
  trackingUrl: string;
}

export interface TrackingBookRow {
  dossierCode: string;
  procedureName: string;
  sets: number;
  applicantName: string;
  applicantAddress: string | null;
  phone: string | null;
  receivedAt: Date;
  appointmentAt: Date | null;
  /** When the result came back from the processing agency. */
  resultReceivedAt: Date | null;
  /** When the result was handed to the applicant. */
  returnedAt: Date | null;
  receivingOfficial: string | null;
  note: string | null;
}

/** Mẫu 06 (01/2018) / 07 (03/2025) */
export interface TrackingBookData {
  header: SlipHeader;
  /** The one-stop section (Bộ phận Một cửa, quầy, lĩnh vực) the book belongs to. */
  sectionName: string;
  from: Date;
  to: Date;
  rows: TrackingBookRow[];
}
