/**
 * `ProcedureVersionPublished`: a version of a procedure's terms is published, in force from
 * `effectiveFrom`. Consumers (dossiers) keep a read copy, because a dossier is bound to the terms
 * in force when it was received and must not read this subgraph's tables. The payload is the
 * contract: add fields, never change or remove one.
 */
import type { NewEvent } from '@motcua/subgraph-kit';
import { wholeWorkingDays } from '../domain/duration.js';
import type { VersionTerms } from '../domain/terms.js';
import type { ProcedureRow, VersionRow } from '../store/queries.js';

export const PROCEDURE_VERSION_PUBLISHED = 'ProcedureVersionPublished';

export interface ProcedureVersionPublishedPayload {
  procedureId: string;
  code: string;
  name: string;
  field: string;
  level: string;
  competentAgencyId: string;
  versionId: string;
  versionNumber: number;
  effectiveFrom: string;
  /**
   * The processing time as a whole number of days, for consumers that only count days: working
   * days rounded up, calendar days as they are, hours as the working days they span (8 a day).
   */
  processingDays: number;
  terms: VersionTerms;
}

const HOURS_PER_WORKING_DAY = 8;

function dayCount(terms: VersionTerms): number {
  const { value, unit } = terms.processingTime;
  if (unit === 'HOUR') return Math.ceil(value / HOURS_PER_WORKING_DAY);
  return wholeWorkingDays(terms.processingTime) ?? value;
}

export function versionPublished(procedure: ProcedureRow, version: VersionRow): NewEvent {
  const payload: ProcedureVersionPublishedPayload = {
    procedureId: procedure.id,
    code: procedure.code,
    name: procedure.name,
    field: procedure.field,
    level: procedure.level,
    competentAgencyId: procedure.competentAgencyId,
    versionId: version.id,
    versionNumber: version.number,
    effectiveFrom: version.effectiveFrom!,
    processingDays: dayCount(version.terms),
    terms: version.terms,
  };
  return { topic: PROCEDURE_VERSION_PUBLISHED, aggregateId: procedure.id, payload };
}
