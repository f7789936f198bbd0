/** The dossiers subgraph's tables, all in the `dossiers` PostgreSQL schema. */
import { defineEventCursors } from '@motcua/subgraph-kit';
import { index, integer, pgSchema, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { DOSSIER_STATUSES } from '../domain/status.js';

export const dossiersSchema = pgSchema('dossiers');

export const dossierStatus = dossiersSchema.enum('dossier_status', DOSSIER_STATUSES);

/** hồ sơ */
export const dossiers = dossiersSchema.table(
  'dossiers',
  {
    id: uuid('id').primaryKey(),
    code: text('code').notNull().unique(),
    applicantName: text('applicant_name').notNull(),
    status: dossierStatus('status').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }),
    /** A Procedure of the procedures subgraph, by key. */
    procedureId: uuid('procedure_id').notNull(),
    /** The Agency (organizations subgraph) whose one-stop section received the dossier. */
    receivingAgencyId: uuid('receiving_agency_id').notNull(),
    // Milliseconds, like the JavaScript Date a page cursor carries, so a cursor names its row exactly.
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [
    index('dossiers_page_idx').on(table.createdAt, table.id),
    index('dossiers_receiving_agency_idx').on(table.receivingAgencyId),
  ],
);

/**
 * Read copy of published procedures, kept from the procedures subgraph's events: a dossier needs
 * the processing time in force when it was received, without reading another subgraph's tables.
 */
export const procedureCopies = dossiersSchema.table('procedure_copies', {
  id: uuid('id').primaryKey(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  processingDays: integer('processing_days').notNull(),
  competentAgencyId: uuid('competent_agency_id').notNull(),
  /** Feed position of the event that last wrote this row. */
  sourcePosition: text('source_position').notNull(),
});

export const eventCursors = defineEventCursors(dossiersSchema);
