/** Agencies told to other subgraphs on the outbox: call with the transaction that writes them. */
import { appendEvents, type Executor, type NewEvent } from '@motcua/subgraph-kit';
import { unitsByIds, type AgencyRow, type UnitRow } from './queries.js';
import { outbox } from './tables.js';

/** One event per agency, built with the level of the administrative unit it belongs to. */
export async function announceAgencies(
  tx: Executor,
  rows: AgencyRow[],
  event: (agency: AgencyRow, level: UnitRow['level']) => NewEvent,
): Promise<void> {
  if (rows.length === 0) return;
  const units = await unitsByIds(tx, [...new Set(rows.map((row) => row.unitId))]);
  const levels = new Map(units.map((unit) => [unit.id, unit.level]));
  await appendEvents(
    tx,
    outbox,
    rows.map((row) => event(row, levels.get(row.unitId)!)),
  );
}
