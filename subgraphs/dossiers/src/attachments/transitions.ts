/**
 * Adding and removing a dossier's files. The bytes go to the file store first, under a key made of
 * the dossier's and the new attachment's ids; then one transaction locks the dossier, checks who
 * may add what in its state, writes the row and the ledger event. If that transaction fails, the
 * file is deleted before the error goes back, so a failure leaves no row, no file and no event.
 * Removing runs the other way round: the row and its event first, the file once they are committed.
 */
import {
  badInput,
  domainError,
  ErrorCode,
  faultsError,
  forbidden,
  isUuid,
  newId,
  type Db,
  type Executor,
  type Logger,
} from '@motcua/subgraph-kit';
import { dossierScopeOf, scopeAllows } from '../domain/access.js';
import type { DossierPosition } from '../domain/actions.js';
import { processFor } from '../domain/process.js';
import {
  appendDossierEvent,
  dossiersByIds,
  eventsOfDossiers,
  lockDossier,
  type DossierRow,
  type ProcedureVersionRow,
} from '../store/queries.js';
import { attachmentById, deleteAttachment, insertAttachment, type AttachmentRow } from '../store/attachments.js';
import { loadVersion, positionOf, statusWords, type Actor } from '../transitions/run.js';
import type { FileStore } from './file-store.js';
import { checkUploadedFile, type UploadedFileInput } from './file-rules.js';
import { mayRemoveAttachment, uploadablePurposes, type AttachmentPurpose } from './permissions.js';

export const ATTACHMENT_EVENT = { ADDED: 'ATTACHMENT_ADDED', REMOVED: 'ATTACHMENT_REMOVED' } as const;

export interface AttachmentDeps {
  db: Db;
  files: FileStore;
  log: Logger;
  /** Largest file accepted, in bytes. */
  maxBytes: number;
}

export interface UploadAttachmentInput extends UploadedFileInput {
  dossierId: string;
  purpose: AttachmentPurpose;
  documentIndex?: number | null;
}

interface DossierAt {
  row: DossierRow;
  version: ProcedureVersionRow;
  position: DossierPosition;
}

const noSuchDossier = () => domainError(ErrorCode.NOT_FOUND, 'No dossier has this id.', 'dossierId');
const noSuchAttachment = () => domainError(ErrorCode.NOT_FOUND, 'No attachment has this id.', 'id');

/**
 * The dossier as the rules see it, when the actor may see it at all; with `lock`, locked for the
 * rest of the transaction. A citizen learns nothing about dossiers that are not theirs: `notFound`.
 */
async function dossierFor(
  db: Executor,
  dossierId: string,
  actor: Actor,
  { lock, notFound = noSuchDossier }: { lock: boolean; notFound?: () => Error },
): Promise<DossierAt> {
  let row: DossierRow | null = null;
  if (isUuid(dossierId))
    row = lock ? await lockDossier(db, dossierId) : ((await dossiersByIds(db, [dossierId]))[0] ?? null);
  if (!row) throw notFound();
  const scope = dossierScopeOf(actor.principal);
  if (!scopeAllows(scope, row)) {
    if (scope.kind === 'owner') throw notFound();
    throw forbidden('This dossier belongs to agencies outside your roles.');
  }
  const version = await loadVersion(db, row.procedureVersionId);
  const events = (await eventsOfDossiers(db, [row.id])).get(row.id) ?? [];
  return { row, version, position: positionOf(row, processFor(version.terms, row.receivingAgencyId), events) };
}

function requireUploadAllowed(actor: Actor, at: DossierAt, purpose: AttachmentPurpose): void {
  const allowed = uploadablePurposes(actor.principal, at.position);
  if (allowed.includes(purpose)) return;
  const status = statusWords(at.row.status);
  throw forbidden(
    allowed.length === 0
      ? `You cannot add files to this dossier while it is ${status}.`
      : `While the dossier is ${status} you may add files of purpose ${allowed.join(', ')} only.`,
  );
}

/** What can be said of the document index without the procedure's list. */
function documentIndexFault(input: UploadAttachmentInput): string | null {
  const index = input.documentIndex ?? null;
  if (input.purpose === 'DOCUMENT' && index === null) return 'Say which document of the list this file is.';
  if (input.purpose === 'RESULT' && index !== null) return 'A result is not one of the documents of the list.';
  if (index !== null && (!Number.isInteger(index) || index < 0)) return 'Not a position in the document list.';
  return null;
}

/** A file added or removed: on the ledger, with the dossier where it stands (no status change). */
function recordEvent(
  tx: Executor,
  row: DossierRow,
  actor: Actor,
  now: Date,
  type: string,
  data: Record<string, unknown>,
): Promise<void> {
  return appendDossierEvent(tx, row.id, {
    type,
    at: now,
    actorId: actor.id,
    actorName: actor.name,
    fromStatus: row.status,
    toStatus: row.status,
    stepIndex: row.currentStep,
    reason: null,
    data,
  });
}

export async function uploadAttachment(
  deps: AttachmentDeps,
  input: UploadAttachmentInput,
  actor: Actor,
  now: Date,
): Promise<{ attachment: AttachmentRow; dossier: DossierRow }> {
  const checked = checkUploadedFile(input, deps.maxBytes);
  const indexFault = documentIndexFault(input);
  const faults = [
    ...('faults' in checked ? checked.faults : []),
    ...(indexFault ? [{ field: 'documentIndex', message: indexFault }] : []),
  ];
  if (faults.length > 0 || !('file' in checked)) throw faultsError('The file cannot be added.', faults);
  const { file } = checked;
  // Before any byte is written: a caller who may not add this file learns it at once.
  const before = await dossierFor(deps.db, input.dossierId, actor, { lock: false });
  requireUploadAllowed(actor, before, input.purpose);

  const id = newId();
  const storageKey = `${before.row.id}/${id}`;
  await deps.files.put(storageKey, file.bytes, file.mediaType);
  try {
    return await deps.db.transaction(async (tx) => {
      const at = await dossierFor(tx, input.dossierId, actor, { lock: true });
      requireUploadAllowed(actor, at, input.purpose);
      const documentIndex = input.documentIndex ?? null;
      const documents = at.version.terms.documents;
      if (documentIndex !== null && documentIndex >= documents.length)
        throw badInput(
          `The procedure lists ${documents.length} documents; there is no number ${documentIndex}.`,
          'documentIndex',
        );
      // What the row and the ledger both say about the file.
      const facts = {
        purpose: input.purpose,
        documentIndex,
        fileName: file.fileName,
        mediaType: file.mediaType,
        sizeBytes: file.sizeBytes,
        sha256: file.sha256,
      };
      const attachment = await insertAttachment(tx, {
        id,
        dossierId: at.row.id,
        ...facts,
        storageKey,
        uploadedBy: actor.id,
        uploadedAt: now,
      });
      await recordEvent(tx, at.row, actor, now, ATTACHMENT_EVENT.ADDED, { attachmentId: id, ...facts });
      return { attachment, dossier: at.row };
    });
  } catch (error) {
    try {
      await deps.files.delete(storageKey);
    } catch (cleanup) {
      deps.log.error({ err: cleanup, storageKey }, 'could not delete the file of a failed upload');
    }
    throw error;
  }
}

export async function removeAttachment(deps: AttachmentDeps, id: string, actor: Actor, now: Date): Promise<DossierRow> {
  const removed = await deps.db.transaction(async (tx) => {
    const attachment = isUuid(id) ? await attachmentById(tx, id) : null;
    if (!attachment) throw noSuchAttachment();
    const at = await dossierFor(tx, attachment.dossierId, actor, { lock: true, notFound: noSuchAttachment });
    if (!mayRemoveAttachment(actor.principal, at.position))
      throw forbidden('Only the applicant removes files, and only while the dossier is a draft.');
    // Two removals of one file queue on the dossier's lock; the second finds nothing left to remove.
    if (!(await deleteAttachment(tx, attachment.id))) throw noSuchAttachment();
    await recordEvent(tx, at.row, actor, now, ATTACHMENT_EVENT.REMOVED, {
      attachmentId: attachment.id,
      fileName: attachment.fileName,
      sha256: attachment.sha256,
    });
    return { dossier: at.row, storageKey: attachment.storageKey };
  });
  try {
    await deps.files.delete(removed.storageKey);
  } catch (error) {
    // The row is gone, so nothing points at the file any more; it only takes space.
    deps.log.warn({ err: error, storageKey: removed.storageKey }, 'could not delete the file of a removed attachment');
  }
  return removed.dossier;
}
