/**
 * `DossierFinished`: a dossier left the process (result returned, or stopped). The evaluations
 * subgraph keeps one fact row per dossier from it to compute the indicators of DOMAIN.md §5. The
 * payload is the contract: add fields, never change or remove one. Figures are the engine's, at
 * the moment the dossier finished, so the consumer never has to know the calendar.
 */
import type { NewEvent } from '@motcua/subgraph-kit';
import type { WorkingCalendar } from '@motcua/working-days';
import { dossierFigures } from '../domain/figures.js';
import { EVENT, paymentsOf, supplementRequestsOf, type LedgerEvent } from '../domain/ledger.js';
import type { DossierRow, ProcedureVersionRow } from '../store/queries.js';

export const DOSSIER_FINISHED = 'DossierFinished';

export interface DossierFinishedPayload {
  dossierId: string;
  code: string;
  ruleSet: string | null;
  procedureId: string;
  procedureCode: string;
  procedureVersionId: string;
  field: string;
  level: string;
  channel: string;
  receivingAgencyId: string;
  /** The receiving agency's one-stop section, when organizations announced one. */
  receivingSectionId: string | null;
  competentAgencyId: string;
  /** The account that received the dossier at the one-stop. */
  receivingOfficialId: string | null;
  /** Accounts that handled a step, in order. */
  handlerIds: string[];
  outcome: 'APPROVED' | 'REJECTED' | 'STOPPED' | 'WITHDRAWN';
  submittedAt: string | null;
  receivedAt: string | null;
  dueAt: string | null;
  originalDueAt: string | null;
  resolvedAt: string | null;
  returnedAt: string | null;
  finishedAt: string;
  timeliness: 'EARLY' | 'ON_TIME' | 'LATE' | null;
  allowedWorkingMinutes: number;
  usedWorkingMinutes: number;
  pausedWorkingMinutes: number;
  supplementRounds: number;
  apologies: number;
  paymentRequired: boolean;
  onlinePayment: boolean;
  electronicResult: boolean;
  steps: {
    index: number;
    agencyId: string;
    role: string;
    interAgency: boolean;
    allowedWorkingMinutes: number;
    usedWorkingMinutes: number;
    timeliness: 'EARLY' | 'ON_TIME' | 'LATE' | null;
  }[];
}

function outcomeOf(row: DossierRow): DossierFinishedPayload['outcome'] {
  if (row.status === 'RETURNED') return row.result?.outcome ?? 'APPROVED';
  return row.status === 'STOPPED' && row.result === null ? 'STOPPED' : 'WITHDRAWN';
}

export function dossierFinished(
  row: DossierRow,
  receivingSectionId: string | null,
  version: ProcedureVersionRow,
  events: readonly LedgerEvent[],
  calendar: WorkingCalendar,
  now: Date,
): NewEvent {
  const figures = dossierFigures({
    calendar,
    terms: version.terms,
    channel: row.channel,
    ruleSet: row.ruleSet,
    receivingAgencyId: row.receivingAgencyId,
    competentAgencyId: row.competentAgencyId,
    currentStep: null,
    events,
    now,
  });
  const payments = paymentsOf(events);
  const withdrawn = events.some((event) => event.type === EVENT.WITHDRAWAL_DECIDED && event.toStatus === 'STOPPED');
  const payload: DossierFinishedPayload = {
    dossierId: row.id,
    code: row.code!,
    ruleSet: row.ruleSet,
    procedureId: row.procedureId,
    procedureCode: version.code,
    procedureVersionId: version.versionId,
    field: version.field,
    level: version.level,
    channel: row.channel,
    receivingAgencyId: row.receivingAgencyId,
    receivingSectionId,
    competentAgencyId: row.competentAgencyId,
    receivingOfficialId: events.find((event) => event.type === EVENT.RECEIVED)?.actorId ?? null,
    handlerIds: [
      ...new Set(
        events.filter((event) => event.type === EVENT.FORWARDED || event.type === EVENT.RESOLVED).map((e) => e.actorId),
      ),
    ],
    outcome: withdrawn ? 'WITHDRAWN' : outcomeOf(row),
    submittedAt: row.submittedAt?.toISOString() ?? null,
    receivedAt: row.receivedAt?.toISOString() ?? null,
    dueAt: figures.clock.dueAt?.toISOString() ?? null,
    originalDueAt: figures.clock.originalDueAt?.toISOString() ?? null,
    resolvedAt: events.find((event) => event.type === EVENT.RESOLVED)?.at.toISOString() ?? null,
    returnedAt: row.returnedAt?.toISOString() ?? null,
    finishedAt: now.toISOString(),
    timeliness: figures.clock.timeliness,
    allowedWorkingMinutes: figures.clock.allowedWorkingMinutes,
    usedWorkingMinutes: figures.clock.usedWorkingMinutes,
    pausedWorkingMinutes: figures.clock.pausedWorkingMinutes,
    supplementRounds: supplementRequestsOf(events).length,
    apologies: events.filter((event) => event.type === EVENT.APOLOGISED).length,
    paymentRequired: payments.length > 0,
    onlinePayment: payments.some((payment) => payment.online === true),
    electronicResult: row.result?.electronic ?? false,
    steps: figures.steps
      .filter((step) => step.figures !== null)
      .map((step) => ({
        index: step.index,
        agencyId: step.terms.agencyId,
        role: step.terms.role,
        interAgency: step.interAgency,
        allowedWorkingMinutes: step.figures!.allowedWorkingMinutes,
        usedWorkingMinutes: step.figures!.usedWorkingMinutes,
        timeliness: step.figures!.timeliness,
      })),
  };
  return { topic: DOSSIER_FINISHED, aggregateId: row.id, payload };
}
