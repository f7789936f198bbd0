/** SQL for API clients. */
import { and, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import { newId, type Executor } from '@motcua/subgraph-kit';
import { apiClients } from './tables.js';

export type ApiClientRow = typeof apiClients.$inferSelect;

export async function insertApiClient(
  db: Executor,
  values: Omit<typeof apiClients.$inferInsert, 'id'>,
): Promise<ApiClientRow> {
  const [row] = await db
    .insert(apiClients)
    .values({ id: newId(), ...values })
    .returning();
  return row!;
}

export async function revokeApiClientRow(db: Executor, id: string, now: Date): Promise<ApiClientRow | null> {
  const [row] = await db
    .update(apiClients)
    .set({ revokedAt: sql`coalesce(${apiClients.revokedAt}, ${now.toISOString()}::timestamptz)` })
    .where(eq(apiClients.id, id))
    .returning();
  return row ?? null;
}

export async function activeApiClientByKeyHash(db: Executor, keyHash: string): Promise<ApiClientRow | null> {
  const [row] = await db
    .select()
    .from(apiClients)
    .where(and(eq(apiClients.keyHash, keyHash), isNull(apiClients.revokedAt)));
  return row ?? null;
}

export function apiClientsByIds(db: Executor, ids: readonly string[]): Promise<ApiClientRow[]> {
  return db
    .select()
    .from(apiClients)
    .where(inArray(apiClients.id, [...ids]));
}

export type ApiClientPageKey = [createdAt: string, id: string];

export async function apiClientPage(db: Executor, after: ApiClientPageKey | null, limit: number) {
  const afterKey = after
    ? sql`(${apiClients.createdAt}, ${apiClients.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`
    : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(apiClients)
      .where(afterKey)
      .orderBy(sql`${apiClients.createdAt} desc`, sql`${apiClients.id} desc`)
      .limit(limit),
    db.select({ value: count() }).from(apiClients),
  ]);
  return { rows, totalCount: total?.value ?? 0 };
}
