/**
 * Processing (T6–T12): the dossier follows its internal process step by step; a reviewer can send
 * it back; the applicant can be asked for documents or payment (the clock waits); a late agency
 * apologises with a new appointment.
 */
import { badInput, domainError, ErrorCode, faultsError, isUuid, type Db } from '@motcua/subgraph-kit';
import { dossierFigures } from '../domain/figures.js';
import { EVENT } from '../domain/ledger.js';
import { supplementFaults, type SupplementItemInput } from '../domain/reception-rules.js';
import { loadCalendar, type DossierRow } from '../store/queries.js';
import { atStep, changeDossier, type Actor } from './run.js';

type Request = { dossierId: string };

const text = (value: string | null | undefined) => value?.trim() || null;

function requireReason(reason: string | null | undefined, field = 'reason'): string {
  const trimmed = text(reason);
  if (!trimmed) throw badInput('Nêu lý do.', field);
  return trimmed;
}

function requireHandler(handlerId: string | null | undefined, field: string): string | null {
  if (handlerId == null) return null;
  if (!isUuid(handlerId)) throw badInput('The handler is not a known account id.', field);
  return handlerId;
}

export function forwardDossier(
  db: Db,
  input: Request & { note?: string | null; nextHandlerId?: string | null; nextHandlerName?: string | null },
  actor: Actor,
  now: Date,
): Promise<DossierRow> {
  const handlerId = requireHandler(input.nextHandlerId, 'nextHandlerId');
  return changeDossier(db, { dossierId: input.dossierId, action: 'FORWARD', actor, now }, ({ row, process }) => {
    const next = row.currentStep! + 1;
    return {
      type: EVENT.FORWARDED,
      toStatus: 'IN_PROCESS',
      reason: text(input.note),
      data: { toStep: next, handlerId, handlerName: text(input.nextHandlerName) },
      patch: atStep(process, next, handlerId),
    };
  });
}

export function sendBackDossier(db: Db, input: Request & { reason: string }, actor: Actor, now: Date) {
  const reason = requireReason(input.reason);
  return changeDossier(db, { dossierId: input.dossierId, action: 'SEND_BACK', actor, now }, ({ row, process }) => {
    const previous = row.currentStep! - 1;
    return {
      type: EVENT.SENT_BACK,
      reason,
      data: { toStep: previous },
      patch: atStep(process, previous),
    };
  });
}

export function assignHandler(
  db: Db,
  input: Request & { handlerId: string; handlerName: string },
  actor: Actor,
  now: Date,
) {
  const handlerId = requireHandler(input.handlerId, 'handlerId')!;
  const handlerName = text(input.handlerName);
  if (!handlerName) throw badInput('Nhập tên người xử lý.', 'handlerName');
  return changeDossier(db, { dossierId: input.dossierId, action: 'ASSIGN_HANDLER', actor, now }, ({ row }) => ({
    type: EVENT.HANDLER_ASSIGNED,
    data: { step: row.currentStep, handlerId, handlerName },
    patch: { currentHandlerId: handlerId },
  }));
}

export function requestSupplement(
  db: Db,
  input: Request & { items: SupplementItemInput[]; reason: string },
  actor: Actor,
  now: Date,
) {
  const faults = supplementFaults(input.items, input.reason, 'items');
  if (faults.length > 0) throw faultsError('The supplement request is not complete.', faults);
  return changeDossier(db, { dossierId: input.dossierId, action: 'REQUEST_SUPPLEMENT', actor, now }, ({ version }) => ({
    type: EVENT.SUPPLEMENT_REQUESTED,
    toStatus: 'SUPPLEMENT_REQUESTED',
    reason: input.reason.trim(),
    data: { items: input.items.map((item) => ({ name: item.name.trim(), reason: item.reason.trim() })) },
    notice: {
      kind: 'SUPPLEMENT_REQUESTED',
      subject: 'Yêu cầu bổ sung, hoàn thiện hồ sơ',
      body: `Hồ sơ "${version.name}" cần bổ sung: ${input.items.map((item) => item.name).join('; ')}. Lý do: ${input.reason.trim()}`,
    },
  }));
}

/** The applicant's answer (or the one-stop recording a paper one): back to the check or to processing. */
export function answerSupplement(db: Db, input: Request & { note: string }, actor: Actor, now: Date) {
  const note = requireReason(input.note, 'note');
  return changeDossier(db, { dossierId: input.dossierId, action: 'RECORD_SUPPLEMENT', actor, now }, ({ row }) => {
    const beforeReception = row.status === 'AWAITING_RECEPTION_SUPPLEMENT';
    return {
      type: EVENT.SUPPLEMENT_ANSWERED,
      toStatus: beforeReception ? 'SUBMITTED' : 'IN_PROCESS',
      reason: note,
      data: { stage: beforeReception ? 'BEFORE_RECEPTION' : 'DURING_PROCESSING' },
    };
  });
}

export function requestPayment(
  db: Db,
  input: Request & { description: string; amountVnd: number },
  actor: Actor,
  now: Date,
) {
  const description = text(input.description);
  if (!description) throw badInput('Ghi nội dung khoản phải nộp.', 'description');
  if (!Number.isInteger(input.amountVnd) || input.amountVnd <= 0)
    throw badInput('Số tiền là số nguyên đồng, lớn hơn 0.', 'amountVnd');
  return changeDossier(db, { dossierId: input.dossierId, action: 'REQUEST_PAYMENT', actor, now }, ({ version }) => ({
    type: EVENT.PAYMENT_REQUESTED,
    toStatus: 'AWAITING_PAYMENT',
    data: { description, amountVnd: input.amountVnd },
    notice: {
      kind: 'PAYMENT_REQUESTED',
      subject: 'Yêu cầu thực hiện nghĩa vụ tài chính',
      body: `Hồ sơ "${version.name}": ${description}, ${input.amountVnd.toLocaleString('vi-VN')} đồng.`,
    },
  }));
}

export function confirmPayment(db: Db, input: Request & { online: boolean }, actor: Actor, now: Date) {
  return changeDossier(db, { dossierId: input.dossierId, action: 'CONFIRM_PAYMENT', actor, now }, () => ({
    type: EVENT.PAYMENT_CONFIRMED,
    toStatus: 'IN_PROCESS',
    data: { online: input.online },
  }));
}

/** Mẫu 04: the agency holding the dossier apologises and sets a later appointment. */
export function apologise(db: Db, input: Request & { reason: string; newDueAt: Date }, actor: Actor, now: Date) {
  const reason = requireReason(input.reason);
  return changeDossier(
    db,
    { dossierId: input.dossierId, action: 'APOLOGISE', actor, now },
    async ({ tx, row, version, events, process }) => {
      const figures = dossierFigures({
        calendar: await loadCalendar(tx),
        terms: version.terms,
        channel: row.channel,
        ruleSet: row.ruleSet,
        receivingAgencyId: row.receivingAgencyId,
        competentAgencyId: row.competentAgencyId,
        currentStep: row.currentStep,
        events,
        now,
      });
      const dueAt = figures.clock.dueAt;
      if (!dueAt)
        throw domainError(
          ErrorCode.INVALID_TRANSITION,
          'The clock waits for the applicant; set a new appointment once it runs again.',
        );
      if (input.newDueAt.getTime() <= dueAt.getTime())
        throw badInput('The new appointment must be later than the current due date.', 'newDueAt');
      const delayingAgencyId = process[row.currentStep!]!.agencyId;
      return {
        type: EVENT.APOLOGISED,
        reason,
        data: {
          previousDueAt: dueAt.toISOString(),
          newDueAt: input.newDueAt.toISOString(),
          delayingAgencyId,
        },
        notice: {
          kind: 'APOLOGISED',
          subject: 'Thư xin lỗi và hẹn lại ngày trả kết quả',
          body: `Hồ sơ "${version.name}" bị chậm: ${reason}. Chúng tôi xin lỗi và hẹn trả kết quả vào ${input.newDueAt.toISOString()}.`,
        },
      };
    },
  );
}
