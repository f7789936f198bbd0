/**
 * The data each printable form needs, read from a dossier, its ledger and the engine's figures.
 * Pure: the resolver loads, this maps, the renderers draw. Null when the form does not apply to
 * the dossier (yet).
 */
import type { ApplicantRecord, DocumentCheck } from '../domain/dossier-record.js';
import type { DossierFigures } from '../domain/figures.js';
import { apologiesOf, EVENT, supplementRequestsOf, type LedgerEvent } from '../domain/ledger.js';
import type { VersionTermsCopy } from '../domain/procedure-terms.js';
import type { RuleSet } from '../domain/rule-sets.js';
import type { DossierStatus } from '../domain/status.js';
import type { FormKind } from './templates.js';
import type {
  ApologySlipData,
  ControlSlipData,
  ReceiptSlipData,
  RefusalSlipData,
  SlipApplicant,
  SlipHeader,
  StopNoticeData,
  SupplementRequestData,
} from './types.js';

export interface SlipSource {
  code: string | null;
  status: DossierStatus;
  ruleSet: RuleSet | null;
  channel: 'IN_PERSON' | 'ONLINE' | 'POSTAL';
  resultDelivery: 'AT_COUNTER' | 'POSTAL' | 'ONLINE';
  applicant: ApplicantRecord;
  documents: DocumentCheck[];
  sets: number;
  receivedAt: Date | null;
  procedureName: string;
  terms: VersionTermsCopy;
  receivingAgencyName: string;
  agencyNames: ReadonlyMap<string, string>;
  events: readonly LedgerEvent[];
  figures: DossierFigures;
  /** Province-wide wording for the header, e.g. 'UBND TỈNH KIÊN GIANG' and 'Kiên Giang'. */
  authority: string;
  place: string;
  portalUrl: string;
  now: Date;
}

export type SlipData =
  | { kind: 'RECEIPT'; data: ReceiptSlipData }
  | { kind: 'SUPPLEMENT_REQUEST'; data: SupplementRequestData }
  | { kind: 'REFUSAL'; data: RefusalSlipData }
  | { kind: 'APOLOGY'; data: ApologySlipData }
  | { kind: 'STOP_NOTICE'; data: StopNoticeData }
  | { kind: 'CONTROL_SLIP'; data: ControlSlipData };

export function trackingUrl(portalUrl: string, code: string, idNumber: string): string {
  const url = new URL('/tra-cuu', portalUrl);
  url.searchParams.set('ma', code);
  url.searchParams.set('sgt', idNumber);
  return url.toString();
}

function slipApplicant(applicant: ApplicantRecord): SlipApplicant {
  return {
    name: applicant.name,
    idNumber: applicant.idNumber,
    address: applicant.address,
    phone: applicant.phone,
    email: applicant.email,
    representative: applicant.representative
      ? `${applicant.representative.name} (${applicant.representative.authorisation})`
      : null,
  };
}

const lastOf = (events: readonly LedgerEvent[], type: string) => events.findLast((event) => event.type === type);

export function slipData(kind: FormKind, source: SlipSource): SlipData | null {
  if (!source.code) return null;
  const header = (issuedAt: Date): SlipHeader => ({
    authority: source.authority,
    issuingUnit: source.receivingAgencyName.toUpperCase(),
    place: source.place,
    issuedAt,
    ruleSet: source.ruleSet ?? 'ND118_TT03_2025',
  });
  const applicant = slipApplicant(source.applicant);
  const tracking = trackingUrl(source.portalUrl, source.code, source.applicant.idNumber);
  const received = lastOf(source.events, EVENT.RECEIVED);
  const appointment = source.figures.clock.dueAt ?? source.figures.clock.originalDueAt;
  switch (kind) {
    case 'RECEIPT':
      if (!received || !source.receivedAt || !appointment) return null;
      return {
        kind,
        data: {
          header: header(received.at),
          dossierCode: source.code,
          receivingOfficial: received.actorName ?? '',
          applicant,
          procedureName: source.procedureName,
          documents: source.documents.map((check) => ({
            name: source.terms.documents[check.index]!.name,
            originals: source.terms.documents[check.index]!.originals,
            copies: source.terms.documents[check.index]!.copies,
            paperReceived: check.provided && source.channel !== 'ONLINE',
            electronic: source.channel === 'ONLINE' || check.fromNationalDatabase,
          })),
          sets: source.sets,
          processingTime: source.figures.processingTime,
          appointmentAt: appointment,
          returnMethod: source.resultDelivery,
          returnPlace: source.receivingAgencyName,
          channel: source.channel,
          trackingUrl: tracking,
          receivedAt: source.receivedAt,
        },
      };
    case 'SUPPLEMENT_REQUEST': {
      const request = supplementRequestsOf(source.events).at(-1);
      if (!request) return null;
      return {
        kind,
        data: {
          header: header(request.requestedAt),
          dossierCode: source.code,
          applicant,
          procedureName: source.procedureName,
          items: request.items.map((item) => {
            const listed = source.terms.documents.find((document) => document.name === item.name);
            return {
              name: item.name,
              originals: listed?.originals ?? 0,
              certifiedCopies: listed?.copies ?? 0,
              photocopies: 0,
              reason: item.reason,
            };
          }),
          reason: request.reason,
          guidanceUrl: new URL('/', source.portalUrl).toString(),
          guidingOfficial: request.requestedByName ?? '',
          contact: source.receivingAgencyName,
          trackingUrl: tracking,
        },
      };
    }
    case 'REFUSAL': {
      const refusal = lastOf(source.events, EVENT.REFUSED);
      if (source.status !== 'REFUSED' || !refusal) return null;
      return {
        kind,
        data: {
          header: header(refusal.at),
          dossierCode: source.code,
          applicant,
          procedureName: source.procedureName,
          reasons: [refusal.reason ?? ''],
          guidance: null,
          official: refusal.actorName ?? '',
        },
      };
    }
    case 'APOLOGY': {
      const apology = apologiesOf(source.events).at(-1);
      if (!apology || !source.receivedAt) return null;
      return {
        kind,
        data: {
          header: header(apology.issuedAt),
          dossierCode: source.code,
          applicant,
          receivedAt: source.receivedAt,
          receivingUnit: source.receivingAgencyName,
          procedureName: source.procedureName,
          reason: apology.reason,
          previousDueAt: apology.previousDueAt,
          newDueAt: apology.newDueAt,
          delayingAgency: source.agencyNames.get(apology.delayingAgencyId) ?? '',
          signerTitle: 'Thủ trưởng cơ quan',
          signerName: apology.issuedByName ?? '',
          trackingUrl: tracking,
        },
      };
    }
    case 'STOP_NOTICE': {
      const stop = lastOf(source.events, EVENT.STOPPED);
      if (!stop || source.ruleSet !== 'ND118_TT03_2025') return null;
      return {
        kind,
        data: {
          header: header(stop.at),
          dossierCode: source.code,
          applicant,
          procedureName: source.procedureName,
          reason: stop.reason ?? '',
          legalBasis: (stop.data.legalBasis as string | null) ?? null,
          signerTitle: 'Thủ trưởng cơ quan',
          signerName: stop.actorName ?? '',
        },
      };
    }
    case 'CONTROL_SLIP':
      if (!received || !source.receivedAt || !appointment) return null;
      return { kind, data: controlSlip(source, header(source.now), tracking, appointment) };
    default:
      return null;
  }
}

const HANDOVERS: string[] = [EVENT.FORWARDED, EVENT.SENT_BACK, EVENT.RESOLVED, EVENT.RESULT_RETURNED];

/** One row per handover: from the agency of the step left to the agency of the step entered. */
function controlSlip(source: SlipSource, header: SlipHeader, tracking: string, appointment: Date): ControlSlipData {
  const steps = source.figures.steps;
  const agencyOfStep = (index: number | null | undefined) =>
    index === null || index === undefined || !steps[index]
      ? source.receivingAgencyName
      : (source.agencyNames.get(steps[index]!.terms.agencyId) ?? '');
  const rows = source.events
    .filter((event) => HANDOVERS.includes(event.type))
    .map((event) => {
      const toStep = event.type === EVENT.RESULT_RETURNED ? null : (event.data.toStep ?? event.data.returnStep);
      return {
        giver: agencyOfStep(event.stepIndex),
        receiver: event.type === EVENT.RESULT_RETURNED ? 'Tổ chức, cá nhân' : agencyOfStep(toStep as number | null),
        handedOverAt: event.at,
        giverName: event.actorName,
        receiverName: (event.data.handlerName as string | null | undefined) ?? null,
        result: event.stepIndex === null ? null : (steps[event.stepIndex]?.figures?.timeliness ?? null),
        note: event.reason,
      };
    });
  return {
    header,
    dossierCode: source.code!,
    applicantName: source.applicant.name,
    procedureName: source.procedureName,
    receivedAt: source.receivedAt!,
    appointmentAt: appointment,
    rows,
    trackingUrl: tracking,
  };
}
