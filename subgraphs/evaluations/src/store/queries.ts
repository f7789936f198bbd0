/** Every SQL statement of the evaluations subgraph. */
import { count, desc, inArray, sql } from 'drizzle-orm';
import type { Executor } from '@motcua/subgraph-kit';
import { ratings } from './tables.js';

export type RatingRow = typeof ratings.$inferSelect;
export type RatingPageKey = [createdAt: string, id: string];

/** Newest first. */
export async function ratingPage(
  db: Executor,
  options: { after: RatingPageKey | null; limit: number },
): Promise<{ rows: RatingRow[]; totalCount: number }> {
  const afterKey = options.after
    ? sql`(${ratings.createdAt}, ${ratings.id}) < (${options.after[0]}::timestamptz, ${options.after[1]}::uuid)`
    : undefined;
  const [rows, [total]] = await Promise.all([
    db.select().from(ratings).where(afterKey).orderBy(desc(ratings.createdAt), desc(ratings.id)).limit(options.limit),
    db.select({ value: count() }).from(ratings),
  ]);
  return { rows, totalCount: total?.value ?? 0 };
}

export function ratingsByIds(db: Executor, ids: readonly string[]): Promise<RatingRow[]> {
  return db
    .select()
    .from(ratings)
    .where(inArray(ratings.id, [...ids]));
}
