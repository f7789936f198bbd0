/**
 * Follows the organizations subgraph's feed and keeps the name and electronic ID of every agency:
 * the ID forms dossier codes, the name is printed on slips. Each event carries the whole agency,
 * so applying one is an upsert and applying it twice changes nothing. Sections are kept as the
 * agency's section.
 */
import { createEventConsumer, type ConsumerWiring, type EventConsumer } from '@motcua/subgraph-kit';
import { setAgencySection, upsertAgencyCopy } from '../store/queries.js';
import { eventCursors } from '../store/tables.js';

/** The fields of organizations' AgencyRegistered / AgencyChanged payloads this copy keeps. */
interface AgencyPayload {
  agencyId: string;
  electronicId: string;
  name: string;
}

/** The fields of organizations' OneStopSectionOpened / OneStopSectionChanged payloads kept here. */
interface SectionPayload {
  sectionId: string;
  agencyId: string;
}

export function agencyCopiesConsumer(wiring: ConsumerWiring, feedUrl: string): EventConsumer {
  const keep = async (tx: Parameters<typeof upsertAgencyCopy>[0], event: { payload: unknown; position: string }) => {
    const { agencyId, electronicId, name } = event.payload as AgencyPayload;
    await upsertAgencyCopy(tx, { id: agencyId, electronicId, name, sourcePosition: event.position });
  };
  // A dossier names its receiving agency; the statistics want the section too.
  const section = async (tx: Parameters<typeof setAgencySection>[0], event: { payload: unknown }) => {
    const { sectionId, agencyId } = event.payload as SectionPayload;
    await setAgencySection(tx, agencyId, sectionId);
  };
  return createEventConsumer({
    consumer: 'dossiers',
    producer: 'organizations',
    feedUrl,
    internalSecret: wiring.internalSecret,
    db: wiring.db,
    cursors: eventCursors,
    log: wiring.log,
    handlers: {
      AgencyRegistered: keep,
      AgencyChanged: keep,
      OneStopSectionOpened: section,
      OneStopSectionChanged: section,
    },
  });
}
