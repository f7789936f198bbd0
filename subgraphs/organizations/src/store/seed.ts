/**
 * Kiên Giang's administrative units and agencies (packages/seed-data); inserts only what is missing,
 * and announces each agency it inserts on the outbox, in the same transaction.
 */
import {
  DEMO_PASSWORD,
  administrativeUnits as seedUnits,
  agencies as seedAgencies,
  demoAccounts,
} from '@motcua/seed-data';
import { stableId, type Db } from '@motcua/subgraph-kit';
import { hashPassword } from '../domain/passwords.js';
import { agencyRegistered } from '../events/agency-registered.js';
import { announceAgencies } from './announcements.js';
import { accounts, administrativeUnits, agencies, roleGrants } from './tables.js';

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
    const inserted = await tx
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
      .onConflictDoNothing()
      .returning();
    // Only the agencies this run inserted: seeding again announces nothing twice.
    await announceAgencies(tx, inserted, agencyRegistered);
  });
}

/** Demo accounts for every role; hashes only for accounts not yet there, since scrypt is slow by design. */
export async function seedDemoAccounts(db: Db): Promise<void> {
  const existing = new Set(
    (await db.select({ username: accounts.username }).from(accounts)).map((row) => row.username),
  );
  const missing = demoAccounts.filter((account) => !existing.has(account.username));
  if (missing.length === 0) return;
  const rows = await Promise.all(
    missing.map(async (account) => ({
      id: stableId('account', account.username),
      username: account.username,
      displayName: account.displayName,
      kind: account.kind,
      passwordHash: await hashPassword(DEMO_PASSWORD),
    })),
  );
  await db.transaction(async (tx) => {
    await tx.insert(accounts).values(rows).onConflictDoNothing();
    await tx
      .insert(roleGrants)
      .values(
        missing.flatMap((account) =>
          account.roles.map((grant) => ({
            accountId: stableId('account', account.username),
            role: grant.role,
            agencyId: agencyId(grant.agencyElectronicId),
          })),
        ),
      )
      .onConflictDoNothing();
  });
}
