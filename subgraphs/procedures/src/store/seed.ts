/**
 * The seeded catalogue (packages/seed-data): every procedure published under the province's
 * decision, a few with a later version, and where each is received. Published through the same
 * path editors use, so the seed passes the same rules and announces each version on the outbox.
 * Idempotent: a procedure already present is left as it is.
 */
import {
  catalogueEntries as seedEntries,
  procedureTerms,
  procedures as seedProcedures,
  seedPublishedVersions,
  termsWithAgencyIds,
  type ProcedureTerms,
  type SeedPublishedVersion,
} from '@motcua/seed-data';
import { stableId, type Db, type Executor } from '@motcua/subgraph-kit';
import { foldVietnamese } from '../domain/search-text.js';
import type { VersionTerms } from '../domain/terms.js';
import { publishVersion } from '../editing/publish-version.js';
import { insertProcedure, saveDraftTerms } from './catalogue-writes.js';
import { catalogueEntries } from './tables.js';

export const procedureId = (code: string) => stableId('procedure', code);
const agencyId = (electronicId: string) => stableId('agency', electronicId);
const sectionId = (electronicId: string) => stableId('one-stop-section', electronicId);
const SEED_ACTOR = 'seed';

const storedTerms = (terms: ProcedureTerms): VersionTerms => termsWithAgencyIds(terms, agencyId);

/** Stable, so the dossiers subgraph's seed binds demo dossiers to the very versions published here. */
export const seedVersionId = (code: string, number: number) => stableId('procedure-version', `${code}#${number}`);

async function publish(tx: Executor, id: string, version: SeedPublishedVersion): Promise<void> {
  const draft = await saveDraftTerms(
    tx,
    id,
    storedTerms(version.terms),
    seedVersionId(version.procedureCode, version.number),
  );
  await publishVersion(tx, {
    versionId: draft.id,
    decision: version.decision,
    effectiveFrom: version.effectiveFrom,
    actor: SEED_ACTOR,
    authorize: () => {},
  });
}

export async function seedCatalogue(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    for (const procedure of seedProcedures) {
      const terms = procedureTerms(procedure);
      const id = procedureId(procedure.code);
      const inserted = await insertProcedure(tx, {
        id,
        code: procedure.code,
        name: procedure.name,
        searchText: foldVietnamese(`${procedure.name} ${procedure.code}`),
        field: procedure.field,
        level: procedure.level,
        applicantTypes: terms.applicantTypes,
        competentAgencyId: agencyId(procedure.competentAgencyElectronicId),
      });
      if (!inserted) continue;
      for (const version of seedPublishedVersions(procedure)) await publish(tx, id, version);
    }
    await tx
      .insert(catalogueEntries)
      .values(
        seedEntries.map((entry) => ({
          sectionId: sectionId(entry.sectionAgencyElectronicId),
          procedureId: procedureId(entry.procedureCode),
          fullyOnSite: entry.fullyOnSite,
        })),
      )
      .onConflictDoNothing();
  });
}
