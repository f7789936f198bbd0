/**
 * `AgencyRegistered`: an agency (cơ quan) exists, from now on. Consumers (dossiers) keep a read copy,
 * because a dossier's code starts with the receiving agency's electronic ID and they must not read
 * this subgraph's tables. The payload is the contract: add fields, never change or remove one.
 */
import type { NewEvent } from '@motcua/subgraph-kit';
import type { AgencyRow, UnitRow } from '../store/queries.js';

export const AGENCY_REGISTERED = 'AgencyRegistered';

/** Everything an agency is, as it stands after the write the event announces. */
export interface AgencyRegisteredPayload {
  agencyId: string;
  /** mã định danh điện tử, e.g. 000.00.01.H37: the first part of the agency's dossier codes. */
  electronicId: string;
  name: string;
  shortName: string;
  kind: 'DEPARTMENT' | 'PEOPLES_COMMITTEE' | 'SERVICE_CENTRE' | 'CENTRAL_OFFICE';
  /** The level of the administrative unit the agency belongs to. */
  level: 'CENTRAL' | 'PROVINCE' | 'DISTRICT' | 'COMMUNE';
  administrativeUnitId: string;
  address: string | null;
  phone: string | null;
}

export function agencyFacts(agency: AgencyRow, level: UnitRow['level']): AgencyRegisteredPayload {
  return {
    agencyId: agency.id,
    electronicId: agency.electronicId,
    name: agency.name,
    shortName: agency.shortName,
    kind: agency.kind,
    level,
    administrativeUnitId: agency.unitId,
    address: agency.address,
    phone: agency.phone,
  };
}

export function agencyRegistered(agency: AgencyRow, level: UnitRow['level']): NewEvent {
  return { topic: AGENCY_REGISTERED, aggregateId: agency.id, payload: agencyFacts(agency, level) };
}
