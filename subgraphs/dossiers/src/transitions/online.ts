/**
 * Online filing (T1): a citizen fills in a draft that survives a reload, then sends it; it gets its
 * code at once and waits for the one-stop's check like a counter dossier.
 */
import { badInput, domainError, ErrorCode, faultsError, forbidden, newId, type Db } from '@motcua/subgraph-kit';
import type { ApplicantRecord } from '../domain/dossier-record.js';
import { EVENT } from '../domain/ledger.js';
import { involvedAgencies, onlineReceivingAgency, processFor } from '../domain/process.js';
import { acceptsOnlineFiling } from '../domain/procedure-terms.js';
import {
  missingDocuments,
  parseApplicant,
  parseChecklist,
  type DocumentCheckInput,
} from '../domain/reception-rules.js';
import { appendDossierEvent, insertDossier, lockDossier, updateDossier, type DossierRow } from '../store/queries.js';
import { applicantSearchText, assignCode, requireVersionInForce } from './reception.js';
import { loadVersion, type Actor } from './run.js';

export interface OnlineDraftInput {
  dossierId?: string | null;
  procedureId: string;
  applicant: Partial<ApplicantRecord> & { kind: ApplicantRecord['kind'] };
  documents: DocumentCheckInput[];
  resultDelivery: 'AT_COUNTER' | 'POSTAL' | 'ONLINE';
}

function requireCitizen(actor: Actor): void {
  if (actor.principal.kind !== 'citizen') throw forbidden('Online dossiers are filed from a citizen account.');
}

/** A draft keeps what was typed, even incomplete; the checks run when it is sent. */
function draftApplicant(input: OnlineDraftInput['applicant']): ApplicantRecord {
  const text = (value: string | null | undefined) => value?.trim() ?? '';
  return {
    kind: input.kind,
    name: text(input.name),
    idNumber: text(input.idNumber),
    address: text(input.address),
    communeId: input.communeId ?? null,
    phone: input.phone?.trim() || null,
    email: input.email?.trim() || null,
    representative: input.representative ?? null,
  };
}

/** `newDossierId` is for the seed, whose demo dossiers keep stable ids. */
export async function saveOnlineDraft(
  db: Db,
  input: OnlineDraftInput,
  actor: Actor,
  now: Date,
  newDossierId: string = newId(),
): Promise<DossierRow> {
  requireCitizen(actor);
  const applicant = draftApplicant(input.applicant);
  return db.transaction(async (tx) => {
    if (input.dossierId) {
      const row = await lockDossier(tx, input.dossierId);
      if (!row || row.ownerAccountId !== actor.id)
        throw domainError(ErrorCode.NOT_FOUND, 'You have no draft with this id.', 'dossierId');
      if (row.status !== 'DRAFT') throw domainError(ErrorCode.INVALID_TRANSITION, 'This dossier was already sent.');
      if (row.procedureId !== input.procedureId)
        throw badInput('A draft stays with its procedure; start a new one.', 'procedureId');
      const version = await loadVersion(tx, row.procedureVersionId);
      const checklist = parseChecklist(input.documents, version.terms.documents);
      if ('faults' in checklist) throw faultsError('The document list does not match the procedure.', checklist.faults);
      return updateDossier(tx, row.id, {
        applicant,
        searchText: applicantSearchText(applicant),
        documents: checklist.documents,
        resultDelivery: input.resultDelivery,
      });
    }
    const version = await requireVersionInForce(tx, input.procedureId, now);
    if (!acceptsOnlineFiling(version.terms))
      throw badInput('This procedure cannot be filed online; file it at the one-stop.', 'procedureId');
    const checklist = parseChecklist(input.documents, version.terms.documents);
    if ('faults' in checklist) throw faultsError('The document list does not match the procedure.', checklist.faults);
    const receivingAgencyId = onlineReceivingAgency(version.terms, version.competentAgencyId);
    const process = processFor(version.terms, receivingAgencyId);
    const row = await insertDossier(tx, {
      id: newDossierId,
      status: 'DRAFT',
      channel: 'ONLINE',
      procedureVersionId: version.versionId,
      procedureId: version.procedureId,
      receivingAgencyId,
      competentAgencyId: version.competentAgencyId,
      involvedAgencyIds: involvedAgencies(process, receivingAgencyId, version.competentAgencyId),
      applicant,
      searchText: applicantSearchText(applicant),
      documents: checklist.documents,
      resultDelivery: input.resultDelivery,
      ownerAccountId: actor.id,
      createdBy: actor.id,
      createdAt: now,
    });
    await appendDossierEvent(tx, row.id, {
      type: EVENT.DRAFT_SAVED,
      at: now,
      actorId: actor.id,
      actorName: actor.name,
      fromStatus: null,
      toStatus: 'DRAFT',
      stepIndex: null,
      reason: null,
      data: {},
    });
    return row;
  });
}

/** Sends a draft. Sending twice answers with the dossier as sent the first time. */
export async function submitOnlineDossier(db: Db, dossierId: string, actor: Actor, now: Date): Promise<DossierRow> {
  requireCitizen(actor);
  return db.transaction(async (tx) => {
    const row = await lockDossier(tx, dossierId);
    if (!row || row.ownerAccountId !== actor.id)
      throw domainError(ErrorCode.NOT_FOUND, 'You have no dossier with this id.', 'dossierId');
    if (row.status !== 'DRAFT') return row;
    const version = await loadVersion(tx, row.procedureVersionId);
    const parsed = parseApplicant(row.applicant);
    const faults = [
      ...('faults' in parsed ? parsed.faults : []),
      ...missingDocuments(row.documents, version.terms.documents),
    ];
    if (faults.length > 0) throw faultsError('The dossier is not complete yet.', faults);
    const code = await assignCode(tx, row.receivingAgencyId, now);
    const sent = await updateDossier(tx, row.id, { code, status: 'SUBMITTED', submittedAt: now });
    await appendDossierEvent(tx, row.id, {
      type: EVENT.SUBMITTED,
      at: now,
      actorId: actor.id,
      actorName: actor.name,
      fromStatus: 'DRAFT',
      toStatus: 'SUBMITTED',
      stepIndex: null,
      reason: null,
      data: { code, channel: 'ONLINE' },
    });
    return sent;
  });
}
