/** The procedures subgraph's tables, all in the `procedures` PostgreSQL schema. */
import { defineOutbox } from '@motcua/subgraph-kit';
import { index, integer, pgSchema, text, uuid } from 'drizzle-orm/pg-core';

export const proceduresSchema = pgSchema('procedures');

export const adminLevel = proceduresSchema.enum('admin_level', ['CENTRAL', 'PROVINCE', 'DISTRICT', 'COMMUNE']);

/** thủ tục hành chính */
export const procedures = proceduresSchema.table(
  'procedures',
  {
    id: uuid('id').primaryKey(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    /** foldVietnamese(name + ' ' + code): what searches compare against, and the sort key. */
    searchText: text('search_text').notNull(),
    field: text('field').notNull(),
    level: adminLevel('level').notNull(),
    processingDays: integer('processing_days').notNull(),
    /** An Agency of the organizations subgraph, referenced by key only. */
    competentAgencyId: uuid('competent_agency_id').notNull(),
  },
  (table) => [index('procedures_search_order_idx').on(table.searchText, table.id)],
);

export const outbox = defineOutbox(proceduresSchema);
