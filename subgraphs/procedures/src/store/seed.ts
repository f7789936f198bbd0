/**
 * The seeded catalogue (packages/seed-data). Each inserted procedure is announced on the outbox in
 * the same transaction, as publishing will do, so the dossiers subgraph's read copy follows.
 */
import { procedures as catalogue } from '@motcua/seed-data';
import { appendEvents, stableId, type Db } from '@motcua/subgraph-kit';
import { foldVietnamese } from '../domain/search-text.js';
import { procedurePublished } from '../events/procedure-published.js';
import { outbox, procedures } from './tables.js';

export const procedureId = (code: string) => stableId('procedure', code);
const agencyId = (electronicId: string) => stableId('agency', electronicId);

export async function seedCatalogue(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    const inserted = await tx
      .insert(procedures)
      .values(
        catalogue.map((procedure) => ({
          id: procedureId(procedure.code),
          code: procedure.code,
          name: procedure.name,
          searchText: foldVietnamese(`${procedure.name} ${procedure.code}`),
          field: procedure.field,
          level: procedure.level,
          processingDays: procedure.processingDays,
          competentAgencyId: agencyId(procedure.competentAgencyElectronicId),
        })),
      )
      .onConflictDoNothing()
      .returning();
    await appendEvents(tx, outbox, inserted.map(procedurePublished));
  });
}
