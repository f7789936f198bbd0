/** SQL for one-stop sections, counters, officials and secondments. */
import { and, asc, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { newId, type Executor } from '@motcua/subgraph-kit';
import { counters, officials, oneStopSections, secondments } from './tables.js';

export type SectionRow = typeof oneStopSections.$inferSelect;
export type CounterRow = typeof counters.$inferSelect;
export type OfficialRow = typeof officials.$inferSelect;
export type SecondmentRow = typeof secondments.$inferSelect;
export type SectionKind = SectionRow['kind'];

export function sections(db: Executor, kind?: SectionKind | null): Promise<SectionRow[]> {
  return db
    .select()
    .from(oneStopSections)
    .where(kind ? eq(oneStopSections.kind, kind) : undefined)
    .orderBy(asc(oneStopSections.sortOrder));
}

export function sectionsByIds(db: Executor, ids: readonly string[]): Promise<SectionRow[]> {
  return db
    .select()
    .from(oneStopSections)
    .where(inArray(oneStopSections.id, [...ids]));
}

export function countersOfSections(db: Executor, sectionIds: readonly string[]): Promise<CounterRow[]> {
  return db
    .select()
    .from(counters)
    .where(inArray(counters.sectionId, [...sectionIds]))
    .orderBy(asc(counters.number));
}

export function countersByIds(db: Executor, ids: readonly string[]): Promise<CounterRow[]> {
  return db
    .select()
    .from(counters)
    .where(inArray(counters.id, [...ids]));
}

export function officialsByIds(db: Executor, ids: readonly string[]): Promise<OfficialRow[]> {
  return db
    .select()
    .from(officials)
    .where(inArray(officials.id, [...ids]));
}

/** Locks the official's row, so two secondments of one official are checked one after the other. */
export async function officialForUpdate(db: Executor, id: string): Promise<OfficialRow | null> {
  const [row] = await db.select().from(officials).where(eq(officials.id, id)).for('update');
  return row ?? null;
}

export type OfficialPageKey = [fullName: string, id: string];

export async function officialPage(
  db: Executor,
  homeAgencyId: string | null,
  after: OfficialPageKey | null,
  limit: number,
) {
  const byAgency = homeAgencyId ? eq(officials.homeAgencyId, homeAgencyId) : undefined;
  const afterKey = after
    ? sql`(${officials.fullName} collate "C", ${officials.id}) > (${after[0]} collate "C", ${after[1]}::uuid)`
    : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(officials)
      .where(and(byAgency, afterKey))
      .orderBy(sql`${officials.fullName} collate "C"`, asc(officials.id))
      .limit(limit),
    db.select({ value: count() }).from(officials).where(byAgency),
  ]);
  return { rows, totalCount: total?.value ?? 0 };
}

export function secondmentsByIds(db: Executor, ids: readonly string[]): Promise<SecondmentRow[]> {
  return db
    .select()
    .from(secondments)
    .where(inArray(secondments.id, [...ids]));
}

export function secondmentsOfOfficial(db: Executor, officialId: string): Promise<SecondmentRow[]> {
  return db.select().from(secondments).where(eq(secondments.officialId, officialId));
}

export function secondmentsAtCounters(db: Executor, counterIds: readonly string[]): Promise<SecondmentRow[]> {
  return db
    .select()
    .from(secondments)
    .where(inArray(secondments.counterId, [...counterIds]));
}

export type SecondmentPageKey = [startsOn: string, id: string];

/** A section's secondments, latest start first. */
export async function secondmentPage(db: Executor, sectionId: string, after: SecondmentPageKey | null, limit: number) {
  const inSection = inArray(
    secondments.counterId,
    db.select({ id: counters.id }).from(counters).where(eq(counters.sectionId, sectionId)),
  );
  const afterKey = after
    ? sql`(${secondments.startsOn}, ${secondments.id}) < (${after[0]}::date, ${after[1]}::uuid)`
    : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(secondments)
      .where(and(inSection, afterKey))
      .orderBy(desc(secondments.startsOn), desc(secondments.id))
      .limit(limit),
    db.select({ value: count() }).from(secondments).where(inSection),
  ]);
  return { rows, totalCount: total?.value ?? 0 };
}

export async function insertSecondment(
  db: Executor,
  values: Omit<typeof secondments.$inferInsert, 'id'>,
): Promise<SecondmentRow> {
  const [row] = await db
    .insert(secondments)
    .values({ id: newId(), ...values })
    .returning();
  return row!;
}

export async function shortenSecondment(
  db: Executor,
  id: string,
  endsOn: string,
  endReason: string,
): Promise<SecondmentRow> {
  const [row] = await db
    .update(secondments)
    .set({ endsOn, endReason })
    .where(and(eq(secondments.id, id), isNull(secondments.endReason)))
    .returning();
  return row!;
}

export async function secondmentForUpdate(db: Executor, id: string): Promise<SecondmentRow | null> {
  const [row] = await db.select().from(secondments).where(eq(secondments.id, id)).for('update');
  return row ?? null;
}
