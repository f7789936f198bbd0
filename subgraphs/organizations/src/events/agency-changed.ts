/**
 * `AgencyChanged`: an agency's name, short name, address or phone changed. The payload is the whole
 * agency as it stands after the change (the same fields as `AgencyRegistered`), so a consumer
 * replaces its copy rather than patching it. The payload is the contract: add fields, never change
 * or remove one.
 */
import type { NewEvent } from '@motcua/subgraph-kit';
import type { AgencyRow, UnitRow } from '../store/queries.js';
import { agencyFacts, type AgencyRegisteredPayload } from './agency-registered.js';

export const AGENCY_CHANGED = 'AgencyChanged';

export type AgencyChangedPayload = AgencyRegisteredPayload;

export function agencyChanged(agency: AgencyRow, level: UnitRow['level']): NewEvent {
  return { topic: AGENCY_CHANGED, aggregateId: agency.id, payload: agencyFacts(agency, level) };
}
