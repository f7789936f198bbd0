/**
 * One way every change to an existing dossier happens: in one transaction, lock the dossier, read
 * its ledger and bound version, check that the caller may take the action in the dossier's state,
 * apply the change, update the row and append the ledger event (plus any notification or outbox
 * event). Concurrent actions on one dossier queue on the row lock, so two officers cannot both
 * forward it.
 */
import {
  domainError,
  ErrorCode,
  forbidden,
  unauthenticated,
  type Db,
  type Executor,
  type Principal,
  type Role,
  type Tx,
} from '@motcua/subgraph-kit';
import { mayTake, type DossierAction, type DossierPosition } from '../domain/actions.js';
import { apologiesOf, type LedgerEvent } from '../domain/ledger.js';
import { processFor } from '../domain/process.js';
import type { ProcessStepTerms } from '../domain/procedure-terms.js';
import { ruleSetTerms } from '../domain/rule-sets.js';
import type { DossierStatus } from '../domain/status.js';
import {
  appendDossierEvent,
  eventsOfDossiers,
  lockDossier,
  updateDossier,
  versionsByIds,
  type DossierRow,
  type NewDossierRow,
  type ProcedureVersionRow,
} from '../store/queries.js';
import { notifyApplicant, type Notice } from './notify.js';

export interface Actor {
  id: string;
  name: string | null;
  principal: Principal;
}

export function actorOf(principal: Principal): Actor {
  if (principal.kind === 'anonymous' || principal.kind === 'service') throw unauthenticated();
  return { id: principal.subject, name: principal.name ?? null, principal };
}

export interface DossierState {
  tx: Tx;
  row: DossierRow;
  version: ProcedureVersionRow;
  process: ProcessStepTerms[];
  events: LedgerEvent[];
  position: DossierPosition;
  now: Date;
}

export interface DossierChange {
  type: string;
  toStatus?: DossierStatus;
  stepIndex?: number | null;
  reason?: string | null;
  data?: Record<string, unknown>;
  patch?: Partial<NewDossierRow>;
  notice?: Notice;
  /** Runs after the row and event are written, in the same transaction (outbox events). */
  after?: (tx: Tx, row: DossierRow) => Promise<void>;
}

export function positionOf(
  row: DossierRow,
  process: ProcessStepTerms[],
  events: readonly LedgerEvent[],
): DossierPosition {
  return {
    status: row.status,
    receivingAgencyId: row.receivingAgencyId,
    competentAgencyId: row.competentAgencyId,
    ownerAccountId: row.ownerAccountId,
    currentStep: row.currentStep,
    currentHandlerId: row.currentHandlerId,
    process,
    apologies: apologiesOf(events).length,
    maxApologies: ruleSetTerms(row.ruleSet ?? 'ND118_TT03_2025').maxApologies,
  };
}

/** Every role in every agency of the dossier: what nobody may do even so is not allowed in this state. */
function anyoneInvolved(row: DossierRow): Principal {
  const roles: Role[] = ['RECEPTION_OFFICER', 'SPECIALIST', 'APPROVER'];
  return {
    kind: 'staff',
    subject: row.currentHandlerId ?? 'anyone',
    roles: row.involvedAgencyIds.flatMap((scopeId) => roles.map((role) => ({ role, scopeId }))),
    scopes: [],
  };
}

const STATUS_WORDS: Record<DossierStatus, string> = {
  DRAFT: 'a draft',
  SUBMITTED: 'waiting for the one-stop’s check',
  AWAITING_RECEPTION_SUPPLEMENT: 'waiting for a supplement before reception',
  RECEIVED: 'received',
  REFUSED: 'refused',
  IN_PROCESS: 'in process',
  SUPPLEMENT_REQUESTED: 'waiting for the applicant’s supplement',
  AWAITING_PAYMENT: 'waiting for payment',
  WITHDRAWAL_REQUESTED: 'waiting for a withdrawal decision',
  STOPPED: 'stopped',
  RESOLVED: 'resolved',
  RETURNED: 'returned',
};

export function statusWords(status: DossierStatus): string {
  return STATUS_WORDS[status];
}

export async function loadVersion(tx: Executor, versionId: string): Promise<ProcedureVersionRow> {
  const [version] = await versionsByIds(tx, [versionId]);
  if (!version) throw new Error(`procedure version ${versionId} is missing from the read copy`);
  return version;
}

export async function changeDossier(
  db: Db,
  request: { dossierId: string; action: DossierAction; actor: Actor; now: Date },
  apply: (state: DossierState) => DossierChange | Promise<DossierChange>,
): Promise<DossierRow> {
  return db.transaction(async (tx) => {
    const row = await lockDossier(tx, request.dossierId);
    if (!row) throw domainError(ErrorCode.NOT_FOUND, 'No dossier has this id.', 'dossierId');
    const version = await loadVersion(tx, row.procedureVersionId);
    const process = processFor(version.terms, row.receivingAgencyId);
    const events = (await eventsOfDossiers(tx, [row.id])).get(row.id) ?? [];
    const position = positionOf(row, process, events);
    if (!mayTake(request.actor.principal, position, request.action)) {
      if (!mayTake(anyoneInvolved(row), position, request.action) && request.actor.principal.kind !== 'citizen')
        throw domainError(
          ErrorCode.INVALID_TRANSITION,
          `This dossier is ${statusWords(row.status)}; ${request.action.toLowerCase().replaceAll('_', ' ')} is not possible now.`,
        );
      throw forbidden('Your roles do not allow this action on this dossier at its current step.');
    }
    const change = await apply({ tx, row, version, process, events, position, now: request.now });
    const toStatus = change.toStatus ?? row.status;
    const updated = await updateDossier(tx, row.id, { ...change.patch, status: toStatus });
    await appendDossierEvent(tx, row.id, {
      type: change.type,
      at: request.now,
      actorId: request.actor.id,
      actorName: request.actor.name,
      fromStatus: row.status,
      toStatus,
      stepIndex: change.stepIndex === undefined ? row.currentStep : change.stepIndex,
      reason: change.reason ?? null,
      data: change.data ?? {},
    });
    if (change.notice) await notifyApplicant(tx, updated, change.notice);
    await change.after?.(tx, updated);
    return updated;
  });
}

/** The row's position fields for a step (null: outside the process). */
export function atStep(process: readonly ProcessStepTerms[], index: number | null, handlerId: string | null = null) {
  const step = index === null ? null : process[index];
  return {
    currentStep: step ? index : null,
    currentStepAgencyId: step?.agencyId ?? null,
    currentStepRole: step?.role ?? null,
    currentHandlerId: step ? handlerId : null,
  };
}
