/**
 * The end of a dossier (T13–T16): the result is ready, handed back, or processing stops (withdrawn
 * or a stop notice). A finished dossier publishes its facts for the evaluations subgraph.
 */
import { appendEvents, badInput, type Db, type Tx } from '@motcua/subgraph-kit';
import type { ResolutionOutcome } from '../domain/dossier-record.js';
import { returnStepAfter } from '../domain/actions.js';
import { EVENT } from '../domain/ledger.js';
import type { DossierStatus } from '../domain/status.js';
import { dossierFinished } from '../events/dossier-finished.js';
import { agenciesByIds, eventsOfDossiers, loadCalendar, type DossierRow } from '../store/queries.js';
import { outbox } from '../store/tables.js';
import { atStep, changeDossier, loadVersion, type Actor } from './run.js';

type Request = { dossierId: string };

/** Writes DossierFinished from the ledger as it stands after the closing event. */
async function publishFinished(tx: Tx, row: DossierRow, now: Date): Promise<void> {
  const [version, events, calendar, [agency]] = await Promise.all([
    loadVersion(tx, row.procedureVersionId),
    eventsOfDossiers(tx, [row.id]),
    loadCalendar(tx),
    agenciesByIds(tx, [row.receivingAgencyId]),
  ]);
  const facts = dossierFinished(row, agency?.sectionId ?? null, version, events.get(row.id) ?? [], calendar, now);
  await appendEvents(tx, outbox, [facts]);
}

export function resolveDossier(
  db: Db,
  input: Request & { outcome: ResolutionOutcome; summary: string; documentNumber?: string | null; electronic: boolean },
  actor: Actor,
  now: Date,
) {
  const summary = input.summary?.trim();
  if (!summary) throw badInput('Ghi trích yếu kết quả (hoặc lý do không đủ điều kiện).', 'summary');
  return changeDossier(
    db,
    { dossierId: input.dossierId, action: 'RESOLVE', actor, now },
    ({ row, process, version }) => {
      const returnStep = returnStepAfter(process, row.currentStep!);
      return {
        type: EVENT.RESOLVED,
        toStatus: 'RESOLVED',
        reason: input.outcome === 'REJECTED' ? summary : null,
        data: { returnStep, outcome: input.outcome },
        patch: {
          result: {
            outcome: input.outcome,
            summary,
            documentNumber: input.documentNumber?.trim() || null,
            issuedAt: now.toISOString(),
            electronic: input.electronic,
          },
          ...atStep(process, returnStep),
        },
        notice: {
          kind: 'RESOLVED',
          subject: 'Hồ sơ đã có kết quả',
          body:
            input.outcome === 'APPROVED'
              ? `Hồ sơ "${version.name}" đã có kết quả: ${summary}.`
              : `Hồ sơ "${version.name}" không đủ điều kiện giải quyết: ${summary}.`,
        },
      };
    },
  );
}

export function returnResult(
  db: Db,
  input: Request & { delivery: 'AT_COUNTER' | 'POSTAL' | 'ONLINE'; receivedBy?: string | null },
  actor: Actor,
  now: Date,
) {
  return changeDossier(db, { dossierId: input.dossierId, action: 'RETURN_RESULT', actor, now }, () => ({
    type: EVENT.RESULT_RETURNED,
    toStatus: 'RETURNED',
    data: { delivery: input.delivery, receivedBy: input.receivedBy?.trim() || null },
    patch: { returnedAt: now, resultDelivery: input.delivery, ...atStep([], null) },
    after: (tx, row) => publishFinished(tx, row, now),
  }));
}

export function requestWithdrawal(db: Db, input: Request & { reason: string }, actor: Actor, now: Date) {
  const reason = input.reason?.trim();
  if (!reason) throw badInput('Nêu lý do rút hồ sơ.', 'reason');
  return changeDossier(db, { dossierId: input.dossierId, action: 'REQUEST_WITHDRAWAL', actor, now }, ({ row }) => ({
    type: EVENT.WITHDRAWAL_REQUESTED,
    toStatus: 'WITHDRAWAL_REQUESTED',
    reason,
    data: { previousStatus: row.status },
  }));
}

export function decideWithdrawal(
  db: Db,
  input: Request & { approve: boolean; reason?: string | null },
  actor: Actor,
  now: Date,
) {
  return changeDossier(db, { dossierId: input.dossierId, action: 'DECIDE_WITHDRAWAL', actor, now }, ({ events }) => {
    if (input.approve)
      return {
        type: EVENT.WITHDRAWAL_DECIDED,
        toStatus: 'STOPPED',
        reason: input.reason?.trim() || null,
        data: { approved: true },
        patch: atStep([], null),
        after: (tx, row) => publishFinished(tx, row, now),
      };
    const request = events.findLast((event) => event.type === EVENT.WITHDRAWAL_REQUESTED);
    return {
      type: EVENT.WITHDRAWAL_DECIDED,
      toStatus: (request?.data.previousStatus as DossierStatus | undefined) ?? 'IN_PROCESS',
      reason: input.reason?.trim() || null,
      data: { approved: false },
    };
  });
}

export function stopDossier(
  db: Db,
  input: Request & { reason: string; legalBasis?: string | null },
  actor: Actor,
  now: Date,
) {
  const reason = input.reason?.trim();
  if (!reason) throw badInput('Nêu lý do dừng giải quyết.', 'reason');
  return changeDossier(db, { dossierId: input.dossierId, action: 'STOP', actor, now }, ({ version }) => ({
    type: EVENT.STOPPED,
    toStatus: 'STOPPED',
    reason,
    data: { legalBasis: input.legalBasis?.trim() || null },
    patch: atStep([], null),
    notice: {
      kind: 'STOPPED',
      subject: 'Thông báo dừng giải quyết hồ sơ',
      body: `Hồ sơ "${version.name}" được dừng giải quyết. Lý do: ${reason}`,
    },
    after: (tx, row) => publishFinished(tx, row, now),
  }));
}
