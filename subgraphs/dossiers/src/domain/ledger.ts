/**
 * The dossier's ledger (dossier_events) read back as the things the API shows: the clock events the
 * deadline engine counts on, the spans of each internal-process step, the supplement requests,
 * apologies and payments. Pure: events in, projections out; nothing here is stored.
 */
import type { ClockEvent, StepSpan } from '@motcua/working-days';
import type { ProcessStepTerms } from './procedure-terms.js';
import type { RuleSetTerms } from './rule-sets.js';
import type { DossierStatus } from './status.js';

export const EVENT = {
  DRAFT_SAVED: 'DRAFT_SAVED',
  SUBMITTED: 'SUBMITTED',
  RECEPTION_SUPPLEMENT_REQUESTED: 'RECEPTION_SUPPLEMENT_REQUESTED',
  REFUSED: 'REFUSED',
  RECEIVED: 'RECEIVED',
  FORWARDED: 'FORWARDED',
  SENT_BACK: 'SENT_BACK',
  HANDLER_ASSIGNED: 'HANDLER_ASSIGNED',
  SUPPLEMENT_REQUESTED: 'SUPPLEMENT_REQUESTED',
  SUPPLEMENT_ANSWERED: 'SUPPLEMENT_ANSWERED',
  PAYMENT_REQUESTED: 'PAYMENT_REQUESTED',
  PAYMENT_CONFIRMED: 'PAYMENT_CONFIRMED',
  APOLOGISED: 'APOLOGISED',
  RESOLVED: 'RESOLVED',
  RESULT_RETURNED: 'RESULT_RETURNED',
  WITHDRAWAL_REQUESTED: 'WITHDRAWAL_REQUESTED',
  WITHDRAWAL_DECIDED: 'WITHDRAWAL_DECIDED',
  STOPPED: 'STOPPED',
} as const;

export type EventType = (typeof EVENT)[keyof typeof EVENT];

export interface LedgerEvent {
  id: number;
  type: string;
  at: Date;
  actorId: string;
  actorName: string | null;
  fromStatus: DossierStatus | null;
  toStatus: DossierStatus | null;
  stepIndex: number | null;
  reason: string | null;
  data: Record<string, unknown>;
}

export interface SupplementItem {
  name: string;
  reason: string;
}

export interface SupplementRequestView {
  id: string;
  stage: 'BEFORE_RECEPTION' | 'DURING_PROCESSING';
  items: SupplementItem[];
  reason: string;
  requestedAt: Date;
  requestedByName: string | null;
  answeredAt: Date | null;
  answerNote: string | null;
}

export interface ApologyView {
  id: string;
  reason: string;
  previousDueAt: Date;
  newDueAt: Date;
  delayingAgencyId: string;
  issuedAt: Date;
  issuedByName: string | null;
}

export interface PaymentView {
  id: string;
  description: string;
  amountVnd: number;
  requestedAt: Date;
  paidAt: Date | null;
  online: boolean | null;
}

/** What the clock counts: reception starts it, waiting for the applicant pauses it, the result ends it. */
export function clockEventsOf(events: readonly LedgerEvent[], rules: RuleSetTerms): ClockEvent[] {
  const clock: ClockEvent[] = [];
  for (const event of events) {
    switch (event.type) {
      case EVENT.RECEIVED:
        clock.push({ type: 'STARTED', at: event.at });
        break;
      case EVENT.SUPPLEMENT_REQUESTED:
        clock.push({ type: 'PAUSED', at: event.at, reason: 'SUPPLEMENT' });
        break;
      case EVENT.SUPPLEMENT_ANSWERED:
        if (event.data.stage === 'DURING_PROCESSING')
          clock.push({ type: rules.supplementAnswer === 'RESTART' ? 'RESTARTED' : 'RESUMED', at: event.at });
        break;
      case EVENT.PAYMENT_REQUESTED:
        clock.push({ type: 'PAUSED', at: event.at, reason: 'PAYMENT' });
        break;
      case EVENT.PAYMENT_CONFIRMED:
        clock.push({ type: 'RESUMED', at: event.at });
        break;
      case EVENT.APOLOGISED:
        clock.push({
          type: 'EXTENDED',
          at: event.at,
          until: new Date(String(event.data.newDueAt)),
          reason: event.reason ?? '',
        });
        break;
      case EVENT.RESOLVED:
      case EVENT.STOPPED:
        clock.push({ type: 'FINISHED', at: event.at });
        break;
      case EVENT.WITHDRAWAL_DECIDED:
        if (event.toStatus === 'STOPPED') clock.push({ type: 'FINISHED', at: event.at });
        break;
    }
  }
  return clock;
}

/** Periods the applicant was waited for; step budgets do not count them either. */
export function pausesOf(events: readonly LedgerEvent[]): { from: Date; to: Date | null }[] {
  const pauses: { from: Date; to: Date | null }[] = [];
  for (const event of events) {
    if (event.type === EVENT.SUPPLEMENT_REQUESTED || event.type === EVENT.PAYMENT_REQUESTED) {
      pauses.push({ from: event.at, to: null });
    } else if (
      (event.type === EVENT.SUPPLEMENT_ANSWERED && event.data.stage === 'DURING_PROCESSING') ||
      event.type === EVENT.PAYMENT_CONFIRMED
    ) {
      const open = pauses.at(-1);
      if (open && open.to === null) open.to = event.at;
    }
  }
  return pauses;
}

/** Which step the dossier moves to with each event (null: it leaves the process). */
function stepMove(event: LedgerEvent): { finishes: number | null; starts: number | null } | null {
  switch (event.type) {
    case EVENT.RECEIVED:
      return { finishes: null, starts: 0 };
    case EVENT.FORWARDED:
    case EVENT.SENT_BACK:
      return { finishes: event.stepIndex, starts: Number(event.data.toStep) };
    case EVENT.RESOLVED:
      return {
        finishes: event.stepIndex,
        starts: typeof event.data.returnStep === 'number' ? event.data.returnStep : null,
      };
    case EVENT.RESULT_RETURNED:
    case EVENT.STOPPED:
      return { finishes: event.stepIndex, starts: null };
    case EVENT.WITHDRAWAL_DECIDED:
      return event.toStatus === 'STOPPED' ? { finishes: event.stepIndex, starts: null } : null;
    default:
      return null;
  }
}

export interface StepProgress {
  index: number;
  /** The latest time the step was entered, and left (a step sent back to is entered again). */
  startedAt: Date | null;
  finishedAt: Date | null;
  handlerId: string | null;
  handlerName: string | null;
}

/** Each step's latest span and handler, from the handovers in the ledger. */
export function stepProgress(events: readonly LedgerEvent[], stepCount: number): StepProgress[] {
  const steps: StepProgress[] = Array.from({ length: stepCount }, (_, index) => ({
    index,
    startedAt: null,
    finishedAt: null,
    handlerId: null,
    handlerName: null,
  }));
  for (const event of events) {
    if (event.type === EVENT.HANDLER_ASSIGNED) {
      const step = steps[Number(event.data.step)];
      if (step) {
        step.handlerId = String(event.data.handlerId);
        step.handlerName = String(event.data.handlerName);
      }
      continue;
    }
    const move = stepMove(event);
    if (!move) continue;
    if (move.finishes !== null && steps[move.finishes]) steps[move.finishes]!.finishedAt = event.at;
    if (move.starts !== null && steps[move.starts]) {
      steps[move.starts] = { ...steps[move.starts]!, startedAt: event.at, finishedAt: null };
      if (event.type === EVENT.FORWARDED && typeof event.data.handlerId === 'string') {
        steps[move.starts]!.handlerId = event.data.handlerId;
        steps[move.starts]!.handlerName = (event.data.handlerName as string | undefined) ?? null;
      }
    }
  }
  return steps;
}

/** The engine's input for the steps that have started. */
export function stepSpansOf(progress: readonly StepProgress[], process: readonly ProcessStepTerms[]): StepSpan[] {
  return progress
    .filter((step) => step.startedAt !== null)
    .map((step) => ({
      key: String(step.index),
      budget: process[step.index]!.duration,
      startedAt: step.startedAt!,
      finishedAt: step.finishedAt,
    }));
}

export function supplementRequestsOf(events: readonly LedgerEvent[]): SupplementRequestView[] {
  const requests: SupplementRequestView[] = [];
  for (const event of events) {
    if (event.type === EVENT.RECEPTION_SUPPLEMENT_REQUESTED || event.type === EVENT.SUPPLEMENT_REQUESTED) {
      requests.push({
        id: String(event.id),
        stage: event.type === EVENT.SUPPLEMENT_REQUESTED ? 'DURING_PROCESSING' : 'BEFORE_RECEPTION',
        items: (event.data.items as SupplementItem[] | undefined) ?? [],
        reason: event.reason ?? '',
        requestedAt: event.at,
        requestedByName: event.actorName,
        answeredAt: null,
        answerNote: null,
      });
    } else if (event.type === EVENT.SUPPLEMENT_ANSWERED) {
      const open = requests.at(-1);
      if (open && open.answeredAt === null) {
        open.answeredAt = event.at;
        open.answerNote = event.reason;
      }
    }
  }
  return requests;
}

export function apologiesOf(events: readonly LedgerEvent[]): ApologyView[] {
  return events
    .filter((event) => event.type === EVENT.APOLOGISED)
    .map((event) => ({
      id: String(event.id),
      reason: event.reason ?? '',
      previousDueAt: new Date(String(event.data.previousDueAt)),
      newDueAt: new Date(String(event.data.newDueAt)),
      delayingAgencyId: String(event.data.delayingAgencyId),
      issuedAt: event.at,
      issuedByName: event.actorName,
    }));
}

export function paymentsOf(events: readonly LedgerEvent[]): PaymentView[] {
  const payments: PaymentView[] = [];
  for (const event of events) {
    if (event.type === EVENT.PAYMENT_REQUESTED) {
      payments.push({
        id: String(event.id),
        description: String(event.data.description),
        amountVnd: Number(event.data.amountVnd),
        requestedAt: event.at,
        paidAt: null,
        online: null,
      });
    } else if (event.type === EVENT.PAYMENT_CONFIRMED) {
      const open = payments.at(-1);
      if (open && open.paidAt === null) {
        open.paidAt = event.at;
        open.online = Boolean(event.data.online);
      }
    }
  }
  return payments;
}
