/**
 * Messages to the applicant, written in the same transaction as the change they announce, so a
 * citizen is told exactly what happened and nothing that did not. The dispatcher hands unsent ones
 * to the notification port (e-mail/SMS; a log-only adapter by default).
 */
import type { Executor } from '@motcua/subgraph-kit';
import type { DossierRow } from '../store/queries.js';
import { notifications } from '../store/tables.js';

export interface Notice {
  kind: string;
  subject: string;
  body: string;
}

export async function notifyApplicant(tx: Executor, dossier: DossierRow, notice: Notice): Promise<void> {
  await tx.insert(notifications).values({
    dossierId: dossier.id,
    kind: notice.kind,
    email: dossier.applicant.email,
    phone: dossier.applicant.phone,
    subject: notice.subject,
    body: notice.body,
  });
}
