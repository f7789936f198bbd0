/** The evaluations subgraph's tables, all in the `evaluations` PostgreSQL schema. */
import { index, pgSchema, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const evaluationsSchema = pgSchema('evaluations');

export const satisfactionLevel = evaluationsSchema.enum('satisfaction_level', [
  'VERY_SATISFIED',
  'SATISFIED',
  'NOT_SATISFIED',
]);

/** đánh giá: one rating per dossier. */
export const ratings = evaluationsSchema.table(
  'ratings',
  {
    id: uuid('id').primaryKey(),
    /** A Dossier of the dossiers subgraph, by key; unique because a dossier is rated once. */
    dossierId: uuid('dossier_id').notNull().unique(),
    satisfaction: satisfactionLevel('satisfaction').notNull(),
    comment: text('comment'),
    // Milliseconds, like the JavaScript Date a page cursor carries, so a cursor names its row exactly.
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [index('ratings_page_idx').on(table.createdAt, table.id)],
);
