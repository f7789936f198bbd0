/** SQL for accounts, role grants, sessions and the account audit trail. */
import { and, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import { newId, type Executor } from '@motcua/subgraph-kit';
import { accounts, auditEvents, roleGrants, sessions } from './tables.js';

export type AccountRow = typeof accounts.$inferSelect;
export type RoleGrantRow = typeof roleGrants.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;

export async function accountByUsername(db: Executor, username: string): Promise<AccountRow | null> {
  const [row] = await db.select().from(accounts).where(eq(accounts.username, username));
  return row ?? null;
}

export async function accountForUpdate(db: Executor, id: string): Promise<AccountRow | null> {
  const [row] = await db.select().from(accounts).where(eq(accounts.id, id)).for('update');
  return row ?? null;
}

export function accountsByIds(db: Executor, ids: readonly string[]): Promise<AccountRow[]> {
  return db
    .select()
    .from(accounts)
    .where(inArray(accounts.id, [...ids]));
}

export function grantsOfAccounts(db: Executor, accountIds: readonly string[]): Promise<RoleGrantRow[]> {
  return db
    .select()
    .from(roleGrants)
    .where(inArray(roleGrants.accountId, [...accountIds]));
}

export async function recordSignInFailure(
  db: Executor,
  accountId: string,
  failedSignIns: number,
  lockedUntil: Date | null,
) {
  await db.update(accounts).set({ failedSignIns, lockedUntil }).where(eq(accounts.id, accountId));
}

export async function openSession(
  db: Executor,
  accountId: string,
  refreshTokenHash: string,
  expiresAt: Date,
): Promise<string> {
  const id = newId();
  await db.insert(sessions).values({ id, accountId, refreshTokenHash, expiresAt });
  return id;
}

export async function sessionByRefreshHash(db: Executor, refreshTokenHash: string): Promise<SessionRow | null> {
  const [row] = await db.select().from(sessions).where(eq(sessions.refreshTokenHash, refreshTokenHash)).for('update');
  return row ?? null;
}

export async function endSession(db: Executor, sessionId: string, now: Date, replacedBy: string | null = null) {
  await db.update(sessions).set({ endedAt: now, replacedBy }).where(eq(sessions.id, sessionId));
}

/** Ends every open session of an account (sign-out everywhere, or a stolen refresh token). */
export async function endAllSessions(db: Executor, accountId: string, now: Date) {
  await db
    .update(sessions)
    .set({ endedAt: now })
    .where(and(eq(sessions.accountId, accountId), isNull(sessions.endedAt)));
}

export async function audit(db: Executor, actor: string, action: string, subject: string, detail: object = {}) {
  await db.insert(auditEvents).values({ actor, action, subject, detail });
}

export type AccountPageKey = [username: string, id: string];

export async function accountPage(
  db: Executor,
  after: AccountPageKey | null,
  limit: number,
): Promise<{ rows: AccountRow[]; totalCount: number }> {
  // Usernames are unique, so they alone order the pages; the id rides along in the cursor shape.
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(accounts)
      .where(after ? sql`${accounts.username} collate "C" > ${after[0]}` : undefined)
      .orderBy(sql`${accounts.username} collate "C"`)
      .limit(limit),
    db.select({ value: count() }).from(accounts),
  ]);
  return { rows, totalCount: total?.value ?? 0 };
}

export async function insertAccount(
  db: Executor,
  values: Omit<typeof accounts.$inferInsert, 'id'>,
): Promise<AccountRow | null> {
  // onConflictDoNothing: a taken username comes back as null, for a typed error instead of a crash.
  const [row] = await db
    .insert(accounts)
    .values({ id: newId(), ...values })
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

export async function replaceRoleGrants(
  db: Executor,
  accountId: string,
  grants: { role: RoleGrantRow['role']; agencyId: string }[],
) {
  await db.delete(roleGrants).where(eq(roleGrants.accountId, accountId));
  if (grants.length > 0)
    await db
      .insert(roleGrants)
      .values(grants.map((grant) => ({ accountId, ...grant })))
      .onConflictDoNothing();
}

export async function unlock(db: Executor, accountId: string): Promise<AccountRow | null> {
  const [row] = await db
    .update(accounts)
    .set({ failedSignIns: 0, lockedUntil: null })
    .where(eq(accounts.id, accountId))
    .returning();
  return row ?? null;
}
