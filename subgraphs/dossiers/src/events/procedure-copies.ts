/**
 * Follows the procedures subgraph's feed and keeps a read copy of every published procedure
 * version. Versions are kept side by side (never overwritten by a later one), so a dossier binds to
 * the version in force on its reception day even when a later one is already scheduled. Applying
 * an event twice writes the same row: the consumer's cursor and the upsert make it exactly once.
 */
import { createEventConsumer, type ConsumerWiring, type EventConsumer } from '@motcua/subgraph-kit';
import type { VersionTermsCopy } from '../domain/procedure-terms.js';
import { upsertProcedureVersion } from '../store/queries.js';
import { eventCursors } from '../store/tables.js';

/** Mirrors procedures' ProcedureVersionPublishedPayload; the payload is the contract, not the code. */
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
  terms: VersionTermsCopy;
}

export function procedureCopiesConsumer(wiring: ConsumerWiring, feedUrl: string): EventConsumer {
  return createEventConsumer({
    consumer: 'dossiers',
    producer: 'procedures',
    feedUrl,
    internalSecret: wiring.internalSecret,
    db: wiring.db,
    cursors: eventCursors,
    log: wiring.log,
    handlers: {
      // Written before procedures had versions: no terms to bind a dossier to, so nothing to keep.
      ProcedurePublished: async () => {},
      ProcedureVersionPublished: async (tx, event) => {
        const payload = event.payload as ProcedureVersionPublishedPayload;
        await upsertProcedureVersion(tx, {
          versionId: payload.versionId,
          procedureId: payload.procedureId,
          code: payload.code,
          name: payload.name,
          field: payload.field,
          level: payload.level,
          competentAgencyId: payload.competentAgencyId,
          versionNumber: payload.versionNumber,
          effectiveFrom: payload.effectiveFrom,
          terms: payload.terms,
          sourcePosition: event.position,
        });
      },
    },
  });
}
