/** Follows the procedures subgraph's feed and keeps the read copy of each published procedure. */
import { createEventConsumer, type ConsumerWiring, type EventConsumer } from '@motcua/subgraph-kit';
import { upsertProcedureCopy } from '../store/queries.js';
import { eventCursors } from '../store/tables.js';

/** Mirrors procedures' ProcedurePublishedPayload; the payload is the contract, not the code. */
interface ProcedurePublishedPayload {
  id: string;
  code: string;
  name: string;
  processingDays: number;
  competentAgencyId: string;
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
      ProcedurePublished: async (tx, event) => {
        const payload = event.payload as ProcedurePublishedPayload;
        await upsertProcedureCopy(tx, { ...payload, sourcePosition: event.position });
      },
    },
  });
}
