/** Follows the procedures subgraph's feed and keeps the read copy of each published procedure. */
import { createEventConsumer, type ConsumerWiring, type EventConsumer } from '@motcua/subgraph-kit';
import { upsertProcedureCopy } from '../store/queries.js';
import { eventCursors } from '../store/tables.js';

/** Mirrors procedures' payloads; the payload is the contract, not the code. */
interface ProcedurePublishedPayload {
  id: string;
  code: string;
  name: string;
  processingDays: number;
  competentAgencyId: string;
}

/** The fields of ProcedureVersionPublished this copy keeps (the payload carries the full terms too). */
interface ProcedureVersionPublishedPayload {
  procedureId: string;
  code: string;
  name: string;
  processingDays: number;
  competentAgencyId: string;
  versionNumber: number;
  effectiveFrom: string;
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
      // Events written before procedures had versions; still in the feeds of older databases.
      ProcedurePublished: async (tx, event) => {
        const payload = event.payload as ProcedurePublishedPayload;
        await upsertProcedureCopy(tx, { ...payload, sourcePosition: event.position });
      },
      // The latest published version wins. A version scheduled for a later day replaces the copy
      // at once; binding a dossier to the version in force on its reception day is issue 5's work.
      ProcedureVersionPublished: async (tx, event) => {
        const { procedureId, code, name, processingDays, competentAgencyId } =
          event.payload as ProcedureVersionPublishedPayload;
        await upsertProcedureCopy(tx, {
          id: procedureId,
          code,
          name,
          processingDays,
          competentAgencyId,
          sourcePosition: event.position,
        });
      },
    },
  });
}
