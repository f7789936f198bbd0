/**
 * Publishing: the draft becomes a version in force from `effectiveFrom`, under a publication
 * decision; the version it follows stops being in force that same day. One transaction, with the
 * procedure row locked, so two editors publishing at once take turns; the event and the audit
 * record are written with it or not at all.
 */
import {
  appendEvents,
  badInput,
  domainError,
  ErrorCode,
  faultsError,
  isCalendarDate,
  type Executor,
} from '@motcua/subgraph-kit';
import type { PublicationDecision } from '../domain/terms.js';
import { findVersionFaults } from '../domain/version-rules.js';
import { versionPublished } from '../events/version-published.js';
import { endVersion, latestPublished, lockProcedure, markPublished, recordAudit } from '../store/catalogue-writes.js';
import { versionsByIds, type ProcedureRow, type VersionRow } from '../store/queries.js';
import { outbox } from '../store/tables.js';

export interface PublishRequest {
  versionId: string;
  decision: PublicationDecision;
  effectiveFrom: string;
  actor: string;
  /** Checked after the procedure is locked; the caller decides who may edit which procedure. */
  authorize: (procedure: ProcedureRow) => void;
  /** Where the faults are reported in the caller's input (e.g. `terms.`). */
  faultPrefix?: string;
}

export async function publishVersion(tx: Executor, request: PublishRequest): Promise<VersionRow> {
  checkDecision(request.decision, request.effectiveFrom);
  const [found] = await versionsByIds(tx, [request.versionId]);
  if (!found) throw domainError(ErrorCode.NOT_FOUND, 'Không có phiên bản này. / No such version.', 'versionId');
  const procedure = (await lockProcedure(tx, found.procedureId))!;
  request.authorize(procedure);
  const [version] = await versionsByIds(tx, [request.versionId]); // as it is now that we hold the lock
  if (version!.publishedAt) return alreadyPublished(version!, request);

  const faults = findVersionFaults(version!.terms);
  if (faults.length > 0) {
    throw faultsError(
      'Phiên bản chưa thể công bố. / The version cannot be published yet.',
      faults,
      request.faultPrefix,
    );
  }
  const previous = await latestPublished(tx, procedure.id);
  if (previous && request.effectiveFrom <= previous.effectiveFrom!) {
    throw badInput(
      `Ngày hiệu lực phải sau ngày hiệu lực của phiên bản ${previous.number} (${previous.effectiveFrom}). / The effective date must be after version ${previous.number}'s (${previous.effectiveFrom}).`,
      'effectiveFrom',
    );
  }
  const published = await markPublished(tx, version!.id, {
    decisionNumber: request.decision.number.trim(),
    decisionSignedOn: request.decision.signedOn,
    decisionSigner: request.decision.signer.trim(),
    publishedBy: request.actor,
    effectiveFrom: request.effectiveFrom,
  });
  if (previous) await endVersion(tx, previous.id, request.effectiveFrom);
  await appendEvents(tx, outbox, [versionPublished(procedure, published)]);
  await recordAudit(tx, [
    {
      actor: request.actor,
      action: 'VERSION_PUBLISHED',
      procedureId: procedure.id,
      versionId: published.id,
      detail: {
        number: published.number,
        decision: request.decision,
        effectiveFrom: request.effectiveFrom,
        supersedes: previous ? { versionId: previous.id, number: previous.number } : null,
      },
    },
  ]);
  return published;
}

/** A retried publish (same decision, same day) answers as the first did; anything else is a conflict. */
function alreadyPublished(version: VersionRow, request: PublishRequest): VersionRow {
  if (version.decisionNumber === request.decision.number.trim() && version.effectiveFrom === request.effectiveFrom) {
    return version;
  }
  throw domainError(
    ErrorCode.CONFLICT,
    'Phiên bản này đã được công bố; phiên bản đã công bố không sửa được, chỉ thay thế bằng phiên bản mới. / This version is already published; a published version is never edited, only superseded.',
    'versionId',
  );
}

function checkDecision(decision: PublicationDecision, effectiveFrom: string): void {
  if (decision.number.trim().length === 0) {
    throw badInput('Nhập số quyết định công bố. / Enter the publication decision number.', 'decision.number');
  }
  if (!isCalendarDate(decision.signedOn)) {
    throw badInput('Ngày ký không hợp lệ (YYYY-MM-DD). / The signing date is not a valid date.', 'decision.signedOn');
  }
  if (decision.signer.trim().length === 0) {
    throw badInput('Nhập người ký quyết định. / Enter who signed the decision.', 'decision.signer');
  }
  if (!isCalendarDate(effectiveFrom)) {
    throw badInput('Ngày hiệu lực không hợp lệ (YYYY-MM-DD). / The effective date is not valid.', 'effectiveFrom');
  }
  if (effectiveFrom < decision.signedOn) {
    throw badInput(
      'Ngày hiệu lực không được trước ngày ký quyết định. / The effective date cannot precede the decision.',
      'effectiveFrom',
    );
  }
}
