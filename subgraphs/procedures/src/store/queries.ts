/** Every SQL statement of the procedures subgraph. */
import { and, asc, count, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@motcua/subgraph-kit';
import { procedures } from './tables.js';

export type ProcedureRow = typeof procedures.$inferSelect;
export type ProcedurePageKey = [searchText: string, id: string];

/** Byte order, so PostgreSQL and PGlite page identically whatever their default collation. */
const sortKey = sql`${procedures.searchText} collate "C"`;

function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (char) => `\\${char}`);
}

function matchesEveryTerm(terms: string[]): SQL | undefined {
  if (terms.length === 0) return undefined;
  return and(...terms.map((term) => sql`${procedures.searchText} like ${`%${escapeLike(term)}%`}`));
}

export async function procedurePage(
  db: Executor,
  options: { terms: string[]; after: ProcedurePageKey | null; limit: number },
): Promise<{ rows: ProcedureRow[]; totalCount: number }> {
  const matches = matchesEveryTerm(options.terms);
  const afterKey = options.after
    ? sql`(${sortKey}, ${procedures.id}) > (${options.after[0]} collate "C", ${options.after[1]}::uuid)`
    : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(procedures)
      .where(and(matches, afterKey))
      .orderBy(sortKey, asc(procedures.id))
      .limit(options.limit),
    db.select({ value: count() }).from(procedures).where(matches),
  ]);
  return { rows, totalCount: total?.value ?? 0 };
}

export function proceduresByIds(db: Executor, ids: readonly string[]): Promise<ProcedureRow[]> {
  return db
    .select()
    .from(procedures)
    .where(inArray(procedures.id, [...ids]));
}
