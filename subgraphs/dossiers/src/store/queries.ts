/** Every SQL statement of the dossiers subgraph. */
import { and, asc, count, desc, eq, inArray, isNotNull, isNull, lte, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { foldVietnamese, type Executor } from '@motcua/subgraph-kit';
import type { WorkingCalendar } from '@motcua/working-days';
import type { DossierScope } from '../domain/access.js';
import type { LedgerEvent } from '../domain/ledger.js';
import type { DossierStatus } from '../domain/status.js';
import {
  agencyCopies,
  calendarDays,
  calendarSettings,
  codeCounters,
  dossierEvents,
  dossiers,
  procedureVersions,
} from './tables.js';

export type DossierRow = typeof dossiers.$inferSelect;
export type NewDossierRow = typeof dossiers.$inferInsert;
export type DossierPageKey = [createdAt: string, id: string];
export type ProcedureVersionRow = typeof procedureVersions.$inferSelect;
export type AgencyCopyRow = typeof agencyCopies.$inferSelect;

const FINISHED: DossierStatus[] = ['REFUSED', 'STOPPED', 'RETURNED'];

function inScope(scope: DossierScope): SQL | undefined {
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'none':
      return sql`false`;
    case 'owner':
      return eq(dossiers.ownerAccountId, scope.accountId);
    case 'agencies':
      return sql`${dossiers.involvedAgencyIds} && ${sql.raw(`ARRAY[${scope.agencyIds.map(quoteUuid).join(',')}]`)}::uuid[]`;
  }
}

function quoteUuid(id: string): string {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new Error(`not a uuid: ${id}`);
  return `'${id}'`;
}

export interface DossierFilterInput {
  statuses?: DossierStatus[] | null;
  search?: string | null;
}

/** Newest first. */
export async function dossierPage(
  db: Executor,
  options: { scope: DossierScope; filter: DossierFilterInput; after: DossierPageKey | null; limit: number },
): Promise<{ rows: DossierRow[]; totalCount: number }> {
  const words = foldVietnamese(options.filter.search ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const where = and(
    inScope(options.scope),
    options.filter.statuses?.length ? inArray(dossiers.status, options.filter.statuses) : undefined,
    ...words.map((word) =>
      or(sql`${dossiers.searchText} like ${`%${word}%`}`, sql`lower(${dossiers.code}) like ${`%${word}%`}`),
    ),
  );
  const afterKey = options.after
    ? sql`(${dossiers.createdAt}, ${dossiers.id}) < (${options.after[0]}::timestamptz, ${options.after[1]}::uuid)`
    : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(dossiers)
      .where(and(where, afterKey))
      .orderBy(desc(dossiers.createdAt), desc(dossiers.id))
      .limit(options.limit),
    db.select({ value: count() }).from(dossiers).where(where),
  ]);
  return { rows, totalCount: total?.value ?? 0 };
}

/** Open dossiers waiting at a step whose (agency, role) is one of the caller's grants. */
export function queueCandidates(
  db: Executor,
  grants: readonly { role: string; scopeId: string }[],
): Promise<DossierRow[]> {
  if (grants.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(dossiers)
    .where(
      and(
        notInArray(dossiers.status, FINISHED),
        isNotNull(dossiers.currentStep),
        or(
          ...grants.map((grant) =>
            and(eq(dossiers.currentStepAgencyId, grant.scopeId), eq(dossiers.currentStepRole, grant.role)),
          ),
        ),
      ),
    );
}

/** Dossiers waiting for the one-stop itself: online ones to check, results to hand back outside any step. */
export function receptionCandidates(db: Executor, agencyIds: readonly string[]): Promise<DossierRow[]> {
  if (agencyIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(dossiers)
    .where(
      and(
        or(eq(dossiers.status, 'SUBMITTED'), and(eq(dossiers.status, 'RESOLVED'), isNull(dossiers.currentStep))),
        inArray(dossiers.receivingAgencyId, [...agencyIds]),
      ),
    );
}

export function dossiersByIds(db: Executor, ids: readonly string[]): Promise<DossierRow[]> {
  return db
    .select()
    .from(dossiers)
    .where(inArray(dossiers.id, [...ids]));
}

/** Locks the row for the rest of the transaction: transitions of one dossier run one at a time. */
export async function lockDossier(tx: Executor, id: string): Promise<DossierRow | null> {
  const [row] = await tx.select().from(dossiers).where(eq(dossiers.id, id)).for('update');
  return row ?? null;
}

export async function dossierByCode(db: Executor, code: string): Promise<DossierRow | null> {
  const [row] = await db.select().from(dossiers).where(eq(dossiers.code, code));
  return row ?? null;
}

export async function dossierByIdempotencyKey(db: Executor, createdBy: string, key: string) {
  const [row] = await db
    .select()
    .from(dossiers)
    .where(and(eq(dossiers.createdBy, createdBy), eq(dossiers.idempotencyKey, key)));
  return row ?? null;
}

export async function insertDossier(tx: Executor, row: NewDossierRow): Promise<DossierRow> {
  const [inserted] = await tx.insert(dossiers).values(row).returning();
  return inserted!;
}

export async function updateDossier(tx: Executor, id: string, patch: Partial<NewDossierRow>): Promise<DossierRow> {
  const [updated] = await tx
    .update(dossiers)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(eq(dossiers.id, id))
    .returning();
  return updated!;
}

export type NewLedgerEvent = Omit<LedgerEvent, 'id'>;

export async function appendDossierEvent(tx: Executor, dossierId: string, event: NewLedgerEvent): Promise<void> {
  await tx.insert(dossierEvents).values({ dossierId, ...event });
}

export async function eventsOfDossiers(db: Executor, ids: readonly string[]): Promise<Map<string, LedgerEvent[]>> {
  const rows = await db
    .select()
    .from(dossierEvents)
    .where(inArray(dossierEvents.dossierId, [...ids]))
    .orderBy(asc(dossierEvents.id));
  const byDossier = new Map<string, LedgerEvent[]>(ids.map((id) => [id, []]));
  for (const { dossierId, ...event } of rows) byDossier.get(dossierId)?.push(event);
  return byDossier;
}

/**
 * The next running number of the day at an agency. The upsert takes the counter row's lock until
 * the transaction ends, so parallel receptions get consecutive numbers and a rolled-back one
 * leaves no gap.
 */
export async function nextRunningNumber(tx: Executor, agencyElectronicId: string, day: string): Promise<number> {
  const [row] = await tx
    .insert(codeCounters)
    .values({ agencyElectronicId, day, lastNumber: 1 })
    .onConflictDoUpdate({
      target: [codeCounters.agencyElectronicId, codeCounters.day],
      set: { lastNumber: sql`${codeCounters.lastNumber} + 1` },
    })
    .returning({ lastNumber: codeCounters.lastNumber });
  return row!.lastNumber;
}

/** The version of a procedure in force on a day: the latest published one that had started. */
export async function versionInForce(
  db: Executor,
  procedureId: string,
  day: string,
): Promise<ProcedureVersionRow | null> {
  const [row] = await db
    .select()
    .from(procedureVersions)
    .where(and(eq(procedureVersions.procedureId, procedureId), lte(procedureVersions.effectiveFrom, day)))
    .orderBy(desc(procedureVersions.effectiveFrom), desc(procedureVersions.versionNumber))
    .limit(1);
  return row ?? null;
}

export function versionsByIds(db: Executor, ids: readonly string[]): Promise<ProcedureVersionRow[]> {
  return db
    .select()
    .from(procedureVersions)
    .where(inArray(procedureVersions.versionId, [...ids]));
}

export async function upsertProcedureVersion(db: Executor, row: ProcedureVersionRow): Promise<void> {
  await db.insert(procedureVersions).values(row).onConflictDoUpdate({ target: procedureVersions.versionId, set: row });
}

export function agenciesByIds(db: Executor, ids: readonly string[]): Promise<AgencyCopyRow[]> {
  return db
    .select()
    .from(agencyCopies)
    .where(inArray(agencyCopies.id, [...ids]));
}

/** Keeps the agency's section as it is when the event says nothing about sections. */
export async function upsertAgencyCopy(db: Executor, row: Omit<AgencyCopyRow, 'sectionId'>): Promise<void> {
  await db.insert(agencyCopies).values(row).onConflictDoUpdate({ target: agencyCopies.id, set: row });
}

/** Records which agency a one-stop section belongs to (the agency's row may arrive later). */
export async function setAgencySection(db: Executor, agencyId: string, sectionId: string): Promise<void> {
  await db
    .insert(agencyCopies)
    .values({ id: agencyId, electronicId: '', name: '', sectionId, sourcePosition: 'section' })
    .onConflictDoUpdate({ target: agencyCopies.id, set: { sectionId } });
}

export async function loadCalendar(db: Executor): Promise<WorkingCalendar> {
  const [[settings], days] = await Promise.all([
    db.select().from(calendarSettings).where(eq(calendarSettings.id, 1)),
    db.select().from(calendarDays).orderBy(asc(calendarDays.date)),
  ]);
  if (!settings) throw new Error('the working calendar has no settings row; run the migrations');
  return {
    workingWeekdays: settings.workingWeekdays,
    shifts: settings.shifts,
    receptionCutOff: settings.receptionCutOff,
    exceptions: days.map(({ date, kind, name }) => ({ date, kind, name })),
  };
}

/** Dossiers whose clock may still run: the ones a calendar change can move. */
export function openDossiers(db: Executor): Promise<DossierRow[]> {
  return db
    .select()
    .from(dossiers)
    .where(and(isNotNull(dossiers.receivedAt), notInArray(dossiers.status, [...FINISHED, 'RESOLVED'])));
}

/** Dossiers an agency received in [from, to), oldest first: the tracking book's rows. */
export function receivedBetween(db: Executor, agencyId: string, from: Date, to: Date): Promise<DossierRow[]> {
  return db
    .select()
    .from(dossiers)
    .where(
      and(
        eq(dossiers.receivingAgencyId, agencyId),
        isNotNull(dossiers.receivedAt),
        sql`${dossiers.receivedAt} >= ${from.toISOString()}::timestamptz`,
        sql`${dossiers.receivedAt} < ${to.toISOString()}::timestamptz`,
      ),
    )
    .orderBy(asc(dossiers.receivedAt), asc(dossiers.id));
}
