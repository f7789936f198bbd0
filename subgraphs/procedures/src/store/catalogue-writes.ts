/** Writes of the procedures subgraph. Callers run them inside one transaction per request. */
import { and, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { newId, type Executor } from '@motcua/subgraph-kit';
import type { VersionTerms } from '../domain/terms.js';
import type { CatalogueEntryRow, ProcedureRow, VersionRow } from './queries.js';
import { auditEvents, catalogueEntries, procedures, procedureVersions } from './tables.js';

export type ProcedureValues = Omit<typeof procedures.$inferInsert, 'createdAt' | 'updatedAt'>;

/** The procedure row, locked until the transaction ends: publishes of one procedure take turns. */
export async function lockProcedure(tx: Executor, id: string): Promise<ProcedureRow | null> {
  const [row] = await tx.select().from(procedures).where(eq(procedures.id, id)).for('update');
  return row ?? null;
}

export async function insertProcedure(tx: Executor, values: ProcedureValues): Promise<ProcedureRow | null> {
  const [row] = await tx.insert(procedures).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

export async function updateProcedureIdentity(
  tx: Executor,
  id: string,
  values: Omit<ProcedureValues, 'id' | 'code'>,
): Promise<ProcedureRow> {
  const [row] = await tx
    .update(procedures)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(procedures.id, id))
    .returning();
  return row!;
}

export async function draftOf(tx: Executor, procedureId: string): Promise<VersionRow | null> {
  const [row] = await tx
    .select()
    .from(procedureVersions)
    .where(and(eq(procedureVersions.procedureId, procedureId), isNull(procedureVersions.publishedAt)));
  return row ?? null;
}

export async function latestPublished(tx: Executor, procedureId: string): Promise<VersionRow | null> {
  const [row] = await tx
    .select()
    .from(procedureVersions)
    .where(and(eq(procedureVersions.procedureId, procedureId), isNotNull(procedureVersions.publishedAt)))
    .orderBy(desc(procedureVersions.number))
    .limit(1);
  return row ?? null;
}

/** Replaces the draft's terms, or opens a draft numbered after every existing version. */
export async function saveDraftTerms(
  tx: Executor,
  procedureId: string,
  terms: VersionTerms,
  newVersionId: string = newId(),
): Promise<VersionRow> {
  const existing = await draftOf(tx, procedureId);
  if (existing) {
    const [row] = await tx
      .update(procedureVersions)
      .set({ terms, onlineLevel: terms.onlineLevel, updatedAt: sql`now()` })
      .where(eq(procedureVersions.id, existing.id))
      .returning();
    return row!;
  }
  const [{ next }] = (await tx
    .select({ next: sql<number>`coalesce(max(${procedureVersions.number}), 0) + 1`.mapWith(Number) })
    .from(procedureVersions)
    .where(eq(procedureVersions.procedureId, procedureId))) as [{ next: number }];
  const [row] = await tx
    .insert(procedureVersions)
    .values({ id: newVersionId, procedureId, number: next, terms, onlineLevel: terms.onlineLevel })
    .returning();
  return row!;
}

export async function deleteDraft(tx: Executor, procedureId: string): Promise<VersionRow | null> {
  const [row] = await tx
    .delete(procedureVersions)
    .where(and(eq(procedureVersions.procedureId, procedureId), isNull(procedureVersions.publishedAt)))
    .returning();
  return row ?? null;
}

export async function markPublished(
  tx: Executor,
  versionId: string,
  publication: {
    decisionNumber: string;
    decisionSignedOn: string;
    decisionSigner: string;
    publishedBy: string;
    effectiveFrom: string;
    publishedAt?: Date;
  },
): Promise<VersionRow> {
  const [row] = await tx
    .update(procedureVersions)
    .set({ ...publication, publishedAt: publication.publishedAt ?? sql`now()`, updatedAt: sql`now()` })
    .where(and(eq(procedureVersions.id, versionId), isNull(procedureVersions.publishedAt)))
    .returning();
  return row!;
}

/** The one update a published version ever gets: the day its successor takes over. */
export async function endVersion(tx: Executor, versionId: string, effectiveTo: string): Promise<void> {
  await tx
    .update(procedureVersions)
    .set({ effectiveTo, updatedAt: sql`now()` })
    .where(and(eq(procedureVersions.id, versionId), isNull(procedureVersions.effectiveTo)));
}

export async function upsertCatalogueEntry(
  tx: Executor,
  entry: { sectionId: string; procedureId: string; fullyOnSite: boolean },
): Promise<{ row: CatalogueEntryRow; previous: CatalogueEntryRow | null }> {
  const [previous] = await tx
    .select()
    .from(catalogueEntries)
    .where(and(eq(catalogueEntries.sectionId, entry.sectionId), eq(catalogueEntries.procedureId, entry.procedureId)))
    .for('update');
  const [row] = await tx
    .insert(catalogueEntries)
    .values(entry)
    .onConflictDoUpdate({
      target: [catalogueEntries.sectionId, catalogueEntries.procedureId],
      set: { fullyOnSite: entry.fullyOnSite, updatedAt: sql`now()` },
    })
    .returning();
  return { row: row!, previous: previous ?? null };
}

export async function deleteCatalogueEntry(
  tx: Executor,
  sectionId: string,
  procedureId: string,
): Promise<CatalogueEntryRow | null> {
  const [row] = await tx
    .delete(catalogueEntries)
    .where(and(eq(catalogueEntries.sectionId, sectionId), eq(catalogueEntries.procedureId, procedureId)))
    .returning();
  return row ?? null;
}

export interface AuditEntry {
  actor: string;
  action: string;
  procedureId?: string | null;
  versionId?: string | null;
  detail?: Record<string, unknown>;
}

export async function recordAudit(tx: Executor, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.insert(auditEvents).values(
    entries.map((entry) => ({
      id: newId(),
      actor: entry.actor,
      action: entry.action,
      procedureId: entry.procedureId ?? null,
      versionId: entry.versionId ?? null,
      detail: entry.detail ?? {},
    })),
  );
}
