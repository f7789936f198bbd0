/** Reads of the procedures subgraph: the catalogue page, procedures and versions by key. */
import { and, asc, count, desc, eq, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@motcua/subgraph-kit';
import { catalogueEntries, procedures, procedureVersions } from './tables.js';

export type ProcedureRow = typeof procedures.$inferSelect;
export type VersionRow = typeof procedureVersions.$inferSelect;
export type CatalogueEntryRow = typeof catalogueEntries.$inferSelect;
export type RankedProcedureRow = ProcedureRow & { rank: number };
/** [rank (0 without a search), search text, id]: best first, then by name. */
export type ProcedurePageKey = [rank: number, searchText: string, id: string];

export interface CatalogueFilter {
  /** The search folded (foldVietnamese), and its words. */
  search: { folded: string; terms: string[]; raw: string } | null;
  field?: string | null;
  level?: string | null;
  agencyId?: string | null;
  onlineLevel?: string | null;
  sectionId?: string | null;
  /** Catalogue editors may list procedures that have never been published. */
  includeUnpublished: boolean;
  today: string;
}

/** Byte order, so PostgreSQL and PGlite page identically whatever their default collation. */
const sortKey = sql`${procedures.searchText} collate "C"`;

/**
 * The threshold for a near miss; below it, noise ("giay phep" shares half its trigrams with
 * "giấy chứng nhận");
 * "dang ki khai sih" scores 0.67 against "đăng ký khai sinh". pg_trgm's own default threshold.
 */
export const NEAR_MISS_THRESHOLD = 0.6;

function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (char) => `\\${char}`);
}

export function versionInForce(today: string): SQL {
  return and(
    isNotNull(procedureVersions.publishedAt),
    sql`${procedureVersions.effectiveFrom} <= ${today}::date`,
    or(isNull(procedureVersions.effectiveTo), sql`${procedureVersions.effectiveTo} > ${today}::date`),
  )!;
}

function hasVersionInForce(today: string, extra?: SQL): SQL {
  return sql`exists (select 1 from ${procedureVersions} where ${procedureVersions.procedureId} = ${procedures.id} and ${and(versionInForce(today), extra)})`;
}

/**
 * What a search matches and how it ranks. When some procedures contain every word (or the code),
 * those are the answer, ranked by how close the whole name is, so "Đăng ký khai sinh" beats
 * "Đăng ký khai sinh có yếu tố nước ngoài", the code first. Only when none does, near misses by
 * trigrams (typos, missing letters) are: scoring every name that way costs a scan of the catalogue,
 * which the exact case, answered from the trigram index, never pays. Integers, so the rank can sit
 * in a cursor exactly.
 */
function exactMatch(search: SearchTerms): { rank: SQL<number>; matches: SQL } {
  const allWords = and(...search.terms.map((term) => sql`${procedures.searchText} like ${`%${escapeLike(term)}%`}`))!;
  const rank = sql<number>`(case
    when ${procedures.code} = ${search.raw} then 2000
    else 1000 + round(similarity(${search.folded}, ${procedures.searchText}) * 1000)
  end)::int`;
  return { rank, matches: or(eq(procedures.code, search.raw), allWords)! };
}

function nearMiss(search: SearchTerms): { rank: SQL<number>; matches: SQL } {
  // `<%` is word_similarity ≥ pg_trgm.word_similarity_threshold (0.6 by default, NEAR_MISS_THRESHOLD).
  const rank = sql<number>`round(word_similarity(${search.folded}, ${procedures.searchText}) * 1000)::int`;
  return { rank, matches: sql`${search.folded} <% ${procedures.searchText}` };
}

type SearchTerms = NonNullable<CatalogueFilter['search']>;

function filters(filter: CatalogueFilter): SQL | undefined {
  return and(
    filter.includeUnpublished ? undefined : hasVersionInForce(filter.today),
    filter.field ? eq(procedures.field, filter.field) : undefined,
    filter.level ? sql`${procedures.level} = ${filter.level}` : undefined,
    filter.agencyId ? eq(procedures.competentAgencyId, filter.agencyId) : undefined,
    filter.onlineLevel
      ? hasVersionInForce(filter.today, sql`${procedureVersions.onlineLevel} = ${filter.onlineLevel}`)
      : undefined,
    filter.sectionId
      ? sql`exists (select 1 from ${catalogueEntries} where ${catalogueEntries.procedureId} = ${procedures.id} and ${catalogueEntries.sectionId} = ${filter.sectionId})`
      : undefined,
  );
}

export async function procedurePage(
  db: Executor,
  filter: CatalogueFilter,
  after: ProcedurePageKey | null,
  limit: number,
): Promise<{ rows: RankedProcedureRow[]; totalCount: number }> {
  let ranked: { rank: SQL<number>; matches: SQL } | null = null;
  let knownTotal: number | null = null;
  if (filter.search) {
    ranked = exactMatch(filter.search);
    const [exact] = await db
      .select({ value: count() })
      .from(procedures)
      .where(and(filters(filter), ranked.matches));
    knownTotal = exact?.value ?? 0;
    if (knownTotal === 0) {
      ranked = nearMiss(filter.search);
      knownTotal = null;
    }
  }
  const rank = ranked?.rank ?? sql<number>`0::int`;
  const where = and(filters(filter), ranked?.matches);
  // Rows sort by rank descending; negating it lets one row comparison express the whole key.
  const afterKey = !after
    ? undefined
    : ranked
      ? sql`(-${rank}, ${sortKey}, ${procedures.id}) > (${-after[0]}::int, ${after[1]} collate "C", ${after[2]}::uuid)`
      : sql`(${sortKey}, ${procedures.id}) > (${after[1]} collate "C", ${after[2]}::uuid)`;
  const order = ranked ? [desc(rank), sortKey, asc(procedures.id)] : [sortKey, asc(procedures.id)];
  const [rows, totalCount] = await Promise.all([
    db
      .select({ procedure: procedures, rank: rank.mapWith(Number) })
      .from(procedures)
      .where(and(where, afterKey))
      .orderBy(...order)
      .limit(limit),
    knownTotal ??
      db
        .select({ value: count() })
        .from(procedures)
        .where(where)
        .then(([total]) => total?.value ?? 0),
  ]);
  return { rows: rows.map((row) => ({ ...row.procedure, rank: row.rank })), totalCount };
}

/** A procedure and whether a version of it is in force today (public), in one statement. */
export type ProcedureWithStanding = ProcedureRow & { inForce: boolean };

export async function proceduresByIds(
  db: Executor,
  ids: readonly string[],
  today: string,
): Promise<ProcedureWithStanding[]> {
  const found = await db
    .select({ procedure: procedures, inForce: sql<boolean>`${hasVersionInForce(today)}` })
    .from(procedures)
    .where(inArray(procedures.id, [...ids]));
  return found.map((row) => ({ ...row.procedure, inForce: row.inForce }));
}

export async function procedureByCode(db: Executor, code: string): Promise<ProcedureRow | null> {
  const [row] = await db.select().from(procedures).where(eq(procedures.code, code));
  return row ?? null;
}

/** Every version of the given procedures, newest number first. */
export function versionsOfProcedures(db: Executor, procedureIds: readonly string[]): Promise<VersionRow[]> {
  return db
    .select()
    .from(procedureVersions)
    .where(inArray(procedureVersions.procedureId, [...procedureIds]))
    .orderBy(desc(procedureVersions.number));
}

export function versionsByIds(db: Executor, ids: readonly string[]): Promise<VersionRow[]> {
  return db
    .select()
    .from(procedureVersions)
    .where(inArray(procedureVersions.id, [...ids]));
}

export async function publishedFieldCounts(
  db: Executor,
  today: string,
): Promise<{ field: string; procedureCount: number }[]> {
  return db
    .select({ field: procedures.field, procedureCount: count() })
    .from(procedures)
    .where(hasVersionInForce(today))
    .groupBy(procedures.field)
    .orderBy(sql`${procedures.field} collate "C"`);
}

export function entriesOfSections(db: Executor, sectionIds: readonly string[]): Promise<CatalogueEntryRow[]> {
  return db
    .select({ entry: catalogueEntries })
    .from(catalogueEntries)
    .innerJoin(procedures, eq(procedures.id, catalogueEntries.procedureId))
    .where(inArray(catalogueEntries.sectionId, [...sectionIds]))
    .orderBy(sortKey, asc(procedures.id))
    .then((rows) => rows.map((row) => row.entry));
}

export function entriesOfProcedures(db: Executor, procedureIds: readonly string[]): Promise<CatalogueEntryRow[]> {
  return db
    .select()
    .from(catalogueEntries)
    .where(inArray(catalogueEntries.procedureId, [...procedureIds]));
}

/** Published procedures (in force today) with every published version, for the exchange format. */
export async function publishedCatalogue(
  db: Executor,
  today: string,
): Promise<{ procedure: ProcedureRow; versions: VersionRow[] }[]> {
  const rows = await db.select().from(procedures).where(hasVersionInForce(today)).orderBy(asc(procedures.code));
  const versions = rows.length
    ? await db
        .select()
        .from(procedureVersions)
        .where(
          and(
            inArray(
              procedureVersions.procedureId,
              rows.map((row) => row.id),
            ),
            isNotNull(procedureVersions.publishedAt),
          ),
        )
        .orderBy(asc(procedureVersions.number))
    : [];
  const byProcedure = new Map<string, VersionRow[]>();
  for (const version of versions) {
    byProcedure.set(version.procedureId, [...(byProcedure.get(version.procedureId) ?? []), version]);
  }
  return rows.map((procedure) => ({ procedure, versions: byProcedure.get(procedure.id) ?? [] }));
}
