/**
 * `ProcedurePublished`: a procedure is in the catalogue with these terms. Consumers (dossiers) keep
 * a read copy because a dossier is bound to the terms in force when it was received.
 */
import type { NewEvent } from '@motcua/subgraph-kit';
import type { ProcedureRow } from '../store/queries.js';

export const PROCEDURE_PUBLISHED = 'ProcedurePublished';

export interface ProcedurePublishedPayload {
  id: string;
  code: string;
  name: string;
  processingDays: number;
  competentAgencyId: string;
}

export function procedurePublished(row: ProcedureRow): NewEvent {
  const payload: ProcedurePublishedPayload = {
    id: row.id,
    code: row.code,
    name: row.name,
    processingDays: row.processingDays,
    competentAgencyId: row.competentAgencyId,
  };
  return { topic: PROCEDURE_PUBLISHED, aggregateId: row.id, payload };
}
