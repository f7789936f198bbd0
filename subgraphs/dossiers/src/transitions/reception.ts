/**
 * Reception (DOMAIN.md §1.2 step 3, transitions T2–T5): the one-stop checks a dossier against the
 * version in force and receives it (code + appointment), asks once and in full for what is missing,
 * or refuses it. At the counter the dossier and the decision are one transaction.
 */
import {
  badInput,
  faultsError,
  foldVietnamese,
  forbidden,
  hasRole,
  newId,
  vietnamToday,
  type Db,
  type Tx,
} from '@motcua/subgraph-kit';
import type { ApplicantRecord, DocumentCheck } from '../domain/dossier-record.js';
import { formatDossierCode, receptionDay } from '../domain/dossier-code.js';
import { EVENT } from '../domain/ledger.js';
import { involvedAgencies, processFor } from '../domain/process.js';
import {
  missingDocuments,
  parseApplicant,
  parseChecklist,
  supplementFaults,
  type DocumentCheckInput,
  type InputFault,
  type SupplementItemInput,
} from '../domain/reception-rules.js';
import { ruleSetOn } from '../domain/rule-sets.js';
import type { DossierStatus } from '../domain/status.js';
import {
  agenciesByIds,
  appendDossierEvent,
  dossierByIdempotencyKey,
  insertDossier,
  nextRunningNumber,
  versionInForce,
  type DossierRow,
  type ProcedureVersionRow,
} from '../store/queries.js';
import { notifyApplicant } from './notify.js';
import { atStep, changeDossier, type Actor, type DossierChange } from './run.js';

export type ReceptionDecision = 'RECEIVE' | 'REQUEST_SUPPLEMENT' | 'REFUSE';

export interface DecisionInput {
  documents: DocumentCheckInput[];
  decision: ReceptionDecision;
  supplementItems?: SupplementItemInput[] | null;
  reason?: string | null;
}

export interface CounterReceptionInput extends DecisionInput {
  idempotencyKey: string;
  procedureId: string;
  receivingAgencyId: string;
  channel: 'IN_PERSON' | 'POSTAL' | 'ONLINE';
  applicant: unknown;
  sets: number;
  resultDelivery: 'AT_COUNTER' | 'POSTAL' | 'ONLINE';
}

export function applicantSearchText(applicant: ApplicantRecord): string {
  return foldVietnamese(`${applicant.name} ${applicant.idNumber}`);
}

/** The checklist and the decision's own faults, all at once. */
function checkDecision(
  input: DecisionInput,
  version: ProcedureVersionRow,
  extraFaults: InputFault[] = [],
): DocumentCheck[] {
  const checklist = parseChecklist(input.documents, version.terms.documents);
  const faults = [...extraFaults, ...('faults' in checklist ? checklist.faults : [])];
  if ('documents' in checklist) {
    if (input.decision === 'RECEIVE') faults.push(...missingDocuments(checklist.documents, version.terms.documents));
    if (input.decision === 'REQUEST_SUPPLEMENT') faults.push(...supplementFaults(input.supplementItems, input.reason));
  }
  if (input.decision === 'REFUSE' && !input.reason?.trim())
    faults.push({ field: 'reason', message: 'Nêu lý do từ chối tiếp nhận (Mẫu 03).' });
  if (faults.length > 0) throw faultsError('The dossier cannot be recorded as it is.', faults);
  return (checklist as { documents: DocumentCheck[] }).documents;
}

const DECISION_OUTCOME: Record<ReceptionDecision, { status: DossierStatus; event: string }> = {
  RECEIVE: { status: 'RECEIVED', event: EVENT.RECEIVED },
  REQUEST_SUPPLEMENT: { status: 'AWAITING_RECEPTION_SUPPLEMENT', event: EVENT.RECEPTION_SUPPLEMENT_REQUESTED },
  REFUSE: { status: 'REFUSED', event: EVENT.REFUSED },
};

/** The ledger event, notice and row fields of a reception decision. */
export function decisionChange(
  input: DecisionInput,
  documents: DocumentCheck[],
  version: ProcedureVersionRow,
  receivingAgencyId: string,
  now: Date,
): DossierChange {
  const outcome = DECISION_OUTCOME[input.decision];
  const process = processFor(version.terms, receivingAgencyId);
  switch (input.decision) {
    case 'RECEIVE':
      return {
        type: outcome.event,
        toStatus: outcome.status,
        stepIndex: 0,
        patch: { documents, receivedAt: now, ruleSet: ruleSetOn(vietnamToday(now)).ruleSet, ...atStep(process, 0) },
        notice: {
          kind: 'RECEIVED',
          subject: 'Hồ sơ đã được tiếp nhận',
          body: `Hồ sơ "${version.name}" đã được tiếp nhận. Tra cứu tiến độ bằng mã hồ sơ và số giấy tờ.`,
        },
      };
    case 'REQUEST_SUPPLEMENT':
      return {
        type: outcome.event,
        toStatus: outcome.status,
        stepIndex: null,
        reason: input.reason!.trim(),
        data: { items: input.supplementItems!.map((item) => ({ name: item.name.trim(), reason: item.reason.trim() })) },
        patch: { documents },
        notice: {
          kind: 'RECEPTION_SUPPLEMENT_REQUESTED',
          subject: 'Yêu cầu bổ sung, hoàn thiện hồ sơ',
          body: `Hồ sơ "${version.name}" cần bổ sung: ${input.supplementItems!.map((item) => item.name).join('; ')}.`,
        },
      };
    case 'REFUSE':
      return {
        type: outcome.event,
        toStatus: outcome.status,
        stepIndex: null,
        reason: input.reason!.trim(),
        patch: { documents },
        notice: {
          kind: 'REFUSED',
          subject: 'Hồ sơ không được tiếp nhận',
          body: `Hồ sơ "${version.name}" không được tiếp nhận. Lý do: ${input.reason!.trim()}`,
        },
      };
  }
}

/** The code the one-stop gives a dossier: its agency's electronic ID, the day, the day's number. */
export async function assignCode(tx: Tx, receivingAgencyId: string, now: Date): Promise<string> {
  const [agency] = await agenciesByIds(tx, [receivingAgencyId]);
  if (!agency?.electronicId)
    throw badInput('The receiving agency is not known to the dossiers service yet.', 'receivingAgencyId');
  const runningNumber = await nextRunningNumber(tx, agency.electronicId, receptionDay(now));
  return formatDossierCode(agency.electronicId, now, runningNumber);
}

export async function requireVersionInForce(db: Db | Tx, procedureId: string, now: Date) {
  const version = await versionInForce(db, procedureId, vietnamToday(now));
  if (!version)
    throw badInput('This procedure has no published version in force today, so it cannot be received.', 'procedureId');
  return version;
}

/** PostgreSQL's unique_violation, also when the driver's error is wrapped (drizzle keeps it as `cause`). */
function isUniqueViolation(error: unknown): boolean {
  for (let current = error; typeof current === 'object' && current !== null; current = (current as Error).cause) {
    if ((current as { code?: string }).code === '23505') return true;
  }
  return false;
}

/** `dossierId` is for the seed, whose demo dossiers keep ids other seeds refer to. */
export async function receiveAtCounter(
  db: Db,
  input: CounterReceptionInput,
  actor: Actor,
  now: Date,
  dossierId: string = newId(),
): Promise<DossierRow> {
  if (!hasRole(actor.principal, 'RECEPTION_OFFICER', input.receivingAgencyId))
    throw forbidden('Only a reception officer of this one-stop section can receive dossiers here.');
  const earlier = await dossierByIdempotencyKey(db, actor.id, input.idempotencyKey);
  if (earlier) return earlier;
  if (input.channel === 'ONLINE')
    throw badInput('Online dossiers are filed by the applicant on the portal.', 'channel');
  if (!Number.isInteger(input.sets) || input.sets < 1 || input.sets > 20)
    throw badInput('Số bộ hồ sơ từ 1 đến 20.', 'sets');
  const version = await requireVersionInForce(db, input.procedureId, now);
  const parsed = parseApplicant(input.applicant);
  const documents = checkDecision(input, version, 'faults' in parsed ? parsed.faults : []);
  const applicant = (parsed as { applicant: ApplicantRecord }).applicant;
  const process = processFor(version.terms, input.receivingAgencyId);
  const change = decisionChange(input, documents, version, input.receivingAgencyId, now);
  try {
    return await db.transaction(async (tx) => {
      const code = await assignCode(tx, input.receivingAgencyId, now);
      const row = await insertDossier(tx, {
        id: dossierId,
        code,
        status: change.toStatus!,
        channel: input.channel,
        ruleSet: ruleSetOn(vietnamToday(now)).ruleSet,
        procedureVersionId: version.versionId,
        procedureId: version.procedureId,
        receivingAgencyId: input.receivingAgencyId,
        competentAgencyId: version.competentAgencyId,
        involvedAgencyIds: involvedAgencies(process, input.receivingAgencyId, version.competentAgencyId),
        applicant,
        searchText: applicantSearchText(applicant),
        documents,
        sets: input.sets,
        resultDelivery: input.resultDelivery,
        idempotencyKey: input.idempotencyKey,
        createdBy: actor.id,
        submittedAt: now,
        createdAt: now,
        ...change.patch,
      });
      await appendDossierEvent(tx, row.id, {
        type: change.type,
        at: now,
        actorId: actor.id,
        actorName: actor.name,
        fromStatus: null,
        toStatus: row.status,
        stepIndex: change.stepIndex ?? null,
        reason: change.reason ?? null,
        data: { ...change.data, code, channel: input.channel },
      });
      if (change.notice) await notifyApplicant(tx, row, change.notice);
      return row;
    });
  } catch (error) {
    // Two clicks with one key raced: the second insert lost on the unique index; answer as the first.
    if (isUniqueViolation(error)) {
      const first = await dossierByIdempotencyKey(db, actor.id, input.idempotencyKey);
      if (first) return first;
    }
    throw error;
  }
}

/** The one-stop's check of a dossier already recorded (online, or back with a supplement). */
export function decideReception(
  db: Db,
  input: DecisionInput & { dossierId: string },
  actor: Actor,
  now: Date,
): Promise<DossierRow> {
  const action = input.decision === 'REQUEST_SUPPLEMENT' ? 'REQUEST_RECEPTION_SUPPLEMENT' : input.decision;
  return changeDossier(db, { dossierId: input.dossierId, action, actor, now }, ({ version, row }) => {
    const documents = checkDecision(input, version);
    return decisionChange(input, documents, version, row.receivingAgencyId, now);
  });
}
