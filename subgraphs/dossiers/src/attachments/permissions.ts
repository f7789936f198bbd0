/**
 * Who may add which kind of file to a dossier in its current state. Pure, over the same position
 * the state machine reads (domain/actions.ts):
 * - DOCUMENT: the applicant while the online form is a draft; the receiving one-stop's reception
 *   officers while they check or have just received it (scanning paper at the counter);
 * - SUPPLEMENT: whoever may record the answer to the open supplement request (the applicant, the one-stop);
 * - RESULT: whoever may resolve the dossier at its current step.
 * Reading follows who may see the dossier (domain/access.ts); removing is the applicant's, on a draft.
 */
import { hasRole, type Principal } from '@motcua/subgraph-kit';
import { mayTake, type DossierPosition } from '../domain/actions.js';
import type { DossierStatus } from '../domain/status.js';

export const ATTACHMENT_PURPOSES = ['DOCUMENT', 'SUPPLEMENT', 'RESULT'] as const;
export type AttachmentPurpose = (typeof ATTACHMENT_PURPOSES)[number];

const AT_RECEPTION: DossierStatus[] = ['SUBMITTED', 'AWAITING_RECEPTION_SUPPLEMENT', 'RECEIVED'];

const isOwner = (principal: Principal, position: DossierPosition) =>
  principal.kind === 'citizen' && position.ownerAccountId === principal.subject;

const RULES: Record<AttachmentPurpose, (principal: Principal, position: DossierPosition) => boolean> = {
  DOCUMENT: (p, d) =>
    (d.status === 'DRAFT' && isOwner(p, d)) ||
    (AT_RECEPTION.includes(d.status) && hasRole(p, 'RECEPTION_OFFICER', d.receivingAgencyId)),
  SUPPLEMENT: (p, d) => mayTake(p, d, 'RECORD_SUPPLEMENT'),
  RESULT: (p, d) => mayTake(p, d, 'RESOLVE'),
};

export function uploadablePurposes(principal: Principal, position: DossierPosition): AttachmentPurpose[] {
  return ATTACHMENT_PURPOSES.filter((purpose) => RULES[purpose](principal, position));
}

export const mayRemoveAttachment = (principal: Principal, position: DossierPosition): boolean =>
  position.status === 'DRAFT' && isOwner(principal, position);
