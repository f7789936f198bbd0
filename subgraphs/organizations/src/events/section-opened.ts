/**
 * `OneStopSectionOpened`: a place where dossiers are received and results returned (the provincial
 * Centre, or a district or commune Bộ phận Một cửa) exists, and belongs to `agencyId`. Consumers
 * (dossiers) keep a read copy to know which agency receives at which section. The payload is the
 * contract: add fields, never change or remove one.
 */
import type { NewEvent } from '@motcua/subgraph-kit';
import type { oneStopSections } from '../store/tables.js';

export const ONE_STOP_SECTION_OPENED = 'OneStopSectionOpened';

export type SectionRow = typeof oneStopSections.$inferSelect;

/** Everything a section is, as it stands after the write the event announces. */
export interface OneStopSectionOpenedPayload {
  sectionId: string;
  /** The agency the section belongs to (the Centre itself, or a People's Committee). */
  agencyId: string;
  name: string;
  kind: 'PROVINCIAL_CENTRE' | 'DISTRICT_SECTION' | 'COMMUNE_SECTION';
  administrativeUnitId: string;
  address: string;
  phone: string | null;
  openingHours: string;
}

export function sectionFacts(section: SectionRow): OneStopSectionOpenedPayload {
  return {
    sectionId: section.id,
    agencyId: section.agencyId,
    name: section.name,
    kind: section.kind,
    administrativeUnitId: section.unitId,
    address: section.address,
    phone: section.phone,
    openingHours: section.openingHours,
  };
}

export function sectionOpened(section: SectionRow): NewEvent {
  return { topic: ONE_STOP_SECTION_OPENED, aggregateId: section.id, payload: sectionFacts(section) };
}
