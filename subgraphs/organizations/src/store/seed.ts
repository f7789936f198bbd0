/** Kiên Giang's administrative units and agencies (packages/seed-data); inserts only what is missing. */
import { administrativeUnits as seedUnits, agencies as seedAgencies } from '@motcua/seed-data';
import { stableId, type Db } from '@motcua/subgraph-kit';
import { administrativeUnits, agencies } from './tables.js';

export const unitId = (code: string) => stableId('administrative-unit', code);
export const agencyId = (electronicId: string) => stableId('agency', electronicId);

export async function seedOrganizations(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    // Parents come before their children in the seed list, so foreign keys hold row by row.
    await tx
      .insert(administrativeUnits)
      .values(
        seedUnits.map((unit, index) => ({
          id: unitId(unit.code),
          code: unit.code,
          name: unit.name,
          level: unit.level,
          parentId: unit.parentCode ? unitId(unit.parentCode) : null,
          sortOrder: index,
        })),
      )
      .onConflictDoNothing();
    await tx
      .insert(agencies)
      .values(
        seedAgencies.map((agency, index) => ({
          id: agencyId(agency.electronicId),
          electronicId: agency.electronicId,
          name: agency.name,
          shortName: agency.shortName,
          kind: agency.kind,
          unitId: unitId(agency.unitCode),
          address: agency.address,
          phone: agency.phone,
          sortOrder: index,
        })),
      )
      .onConflictDoNothing();
  });
}
