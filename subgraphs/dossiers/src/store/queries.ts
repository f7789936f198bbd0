/** Every SQL statement of the dossiers subgraph. */
import { and, count, desc, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@motcua/subgraph-kit';
import type { DossierScope } from '../domain/access.js';
import { dossiers, procedureCopies } from './tables.js';

export type DossierRow = typeof dossiers.$inferSelect;
export type DossierPageKey = [createdAt: string, id: string];

function inScope(scope: DossierScope): SQL | undefined {
  if (scope.kind === 'all') return undefined;
  if (scope.kind === 'none') return sql`false`;
  return inArray(dossiers.receivingAgencyId, scope.agencyIds);
}

/** Newest first. */
export async function dossierPage(
  db: Executor,
  options: { scope: DossierScope; after: DossierPageKey | null; limit: number },
): Promise<{ rows: DossierRow[]; totalCount: number }> {
  const visible = inScope(options.scope);
  const afterKey = options.after
    ? sql`(${dossiers.createdAt}, ${dossiers.id}) < (${options.after[0]}::timestamptz, ${options.after[1]}::uuid)`
    : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(dossiers)
      .where(and(visible, afterKey))
      .orderBy(desc(dossiers.createdAt), desc(dossiers.id))
      .limit(options.limit),
    db.select({ value: count() }).from(dossiers).where(visible),
  ]);
  return { rows, totalCount: total?.value ?? 0 };
}

export function dossiersByIds(db: Executor, ids: readonly string[]): Promise<DossierRow[]> {
  return db
    .select()
    .from(dossiers)
    .where(inArray(dossiers.id, [...ids]));
}

export type ProcedureCopy = typeof procedureCopies.$inferInsert;

export async function upsertProcedureCopy(db: Executor, copy: ProcedureCopy): Promise<void> {
  await db
    .insert(procedureCopies)
    .values(copy)
    .onConflictDoUpdate({
      target: procedureCopies.id,
      set: {
        code: copy.code,
        name: copy.name,
        processingDays: copy.processingDays,
        competentAgencyId: copy.competentAgencyId,
        sourcePosition: copy.sourcePosition,
      },
    });
}
