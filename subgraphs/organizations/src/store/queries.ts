/** Every SQL statement of the organizations subgraph. */
import { and, asc, count, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Executor } from '@motcua/subgraph-kit';
import { administrativeUnits, agencies } from './tables.js';

export type UnitRow = typeof administrativeUnits.$inferSelect;
export type AgencyRow = typeof agencies.$inferSelect;
export type AgencyKind = AgencyRow['kind'];

export function rootUnits(db: Executor): Promise<UnitRow[]> {
  return db
    .select()
    .from(administrativeUnits)
    .where(isNull(administrativeUnits.parentId))
    .orderBy(asc(administrativeUnits.sortOrder));
}

export function unitsByIds(db: Executor, ids: readonly string[]): Promise<UnitRow[]> {
  return db
    .select()
    .from(administrativeUnits)
    .where(inArray(administrativeUnits.id, [...ids]));
}

export function unitsByParents(db: Executor, parentIds: readonly string[]): Promise<UnitRow[]> {
  return db
    .select()
    .from(administrativeUnits)
    .where(inArray(administrativeUnits.parentId, [...parentIds]))
    .orderBy(asc(administrativeUnits.sortOrder));
}

export function unitsBySuccessors(db: Executor, successorIds: readonly string[]): Promise<UnitRow[]> {
  return db
    .select()
    .from(administrativeUnits)
    .where(inArray(administrativeUnits.successorId, [...successorIds]))
    .orderBy(asc(administrativeUnits.sortOrder));
}

/** Counts the children that still exist on `today` (YYYY-MM-DD). */
export async function childCounts(
  db: Executor,
  parentIds: readonly string[],
  today: string,
): Promise<Map<string, number>> {
  const rows = await db
    .select({ parentId: administrativeUnits.parentId, total: count() })
    .from(administrativeUnits)
    .where(
      and(
        inArray(administrativeUnits.parentId, [...parentIds]),
        or(isNull(administrativeUnits.validTo), sql`${administrativeUnits.validTo} >= ${today}::date`),
      ),
    )
    .groupBy(administrativeUnits.parentId);
  return new Map(rows.map((row) => [row.parentId!, row.total]));
}

export function agenciesByIds(db: Executor, ids: readonly string[]): Promise<AgencyRow[]> {
  return db
    .select()
    .from(agencies)
    .where(inArray(agencies.id, [...ids]));
}

export function agenciesOfUnits(db: Executor, unitIds: readonly string[]): Promise<AgencyRow[]> {
  return db
    .select()
    .from(agencies)
    .where(inArray(agencies.unitId, [...unitIds]))
    .orderBy(asc(agencies.sortOrder));
}

export type AgencyPageKey = [sortOrder: number, id: string];

export async function agencyPage(
  db: Executor,
  options: { after: AgencyPageKey | null; limit: number; kind?: AgencyKind | null },
): Promise<{ rows: AgencyRow[]; totalCount: number }> {
  const byKind = options.kind ? eq(agencies.kind, options.kind) : undefined;
  const afterKey = options.after
    ? or(
        gt(agencies.sortOrder, options.after[0]),
        and(eq(agencies.sortOrder, options.after[0]), gt(agencies.id, options.after[1])),
      )
    : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(agencies)
      .where(and(byKind, afterKey))
      .orderBy(asc(agencies.sortOrder), asc(agencies.id))
      .limit(options.limit),
    db
      .select({ value: count() })
      .from(agencies)
      .where(byKind ?? sql`true`),
  ]);
  return { rows, totalCount: total?.value ?? 0 };
}
