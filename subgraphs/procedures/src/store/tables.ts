/** The procedures subgraph's tables, all in the `procedures` PostgreSQL schema. */
import { defineOutbox } from '@motcua/subgraph-kit';
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgSchema,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { VersionTerms } from '../domain/terms.js';

export const proceduresSchema = pgSchema('procedures');

export const adminLevel = proceduresSchema.enum('admin_level', ['CENTRAL', 'PROVINCE', 'DISTRICT', 'COMMUNE']);
export const onlineServiceLevel = proceduresSchema.enum('online_service_level', ['INFORMATION', 'PARTIAL', 'FULL']);

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
};

/** thủ tục hành chính: what stays the same across versions. */
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
    applicantTypes: text('applicant_types')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** An Agency of the organizations subgraph, referenced by key only. */
    competentAgencyId: uuid('competent_agency_id').notNull(),
    ...timestamps,
  },
  (table) => [
    index('procedures_search_order_idx').on(table.searchText, table.id),
    index('procedures_search_trgm_idx').using('gin', sql`${table.searchText} gin_trgm_ops`),
  ],
);

/**
 * One version of a procedure's terms. A draft has no publication; a published row is never
 * updated again except to record, once, the day its successor takes over (effective_to).
 */
export const procedureVersions = proceduresSchema.table(
  'procedure_versions',
  {
    id: uuid('id').primaryKey(),
    procedureId: uuid('procedure_id')
      .notNull()
      .references(() => procedures.id),
    number: integer('number').notNull(),
    terms: jsonb('terms').$type<VersionTerms>().notNull(),
    /** Copied out of terms so the catalogue can be filtered by it. */
    onlineLevel: onlineServiceLevel('online_level').notNull(),
    decisionNumber: text('decision_number'),
    decisionSignedOn: date('decision_signed_on', { mode: 'string' }),
    decisionSigner: text('decision_signer'),
    publishedAt: timestamp('published_at', { withTimezone: true, precision: 3 }),
    publishedBy: text('published_by'),
    effectiveFrom: date('effective_from', { mode: 'string' }),
    effectiveTo: date('effective_to', { mode: 'string' }),
    ...timestamps,
  },
  (table) => [
    uniqueIndex('procedure_versions_number_idx').on(table.procedureId, table.number),
    // At most one draft per procedure: editors work on it together, never on two diverging drafts.
    uniqueIndex('procedure_versions_one_draft_idx')
      .on(table.procedureId)
      .where(sql`${table.publishedAt} is null`),
    index('procedure_versions_in_force_idx').on(table.procedureId, table.effectiveFrom, table.effectiveTo),
  ],
);

/** Which one-stop place (an organizations OneStopSection) receives which procedure. */
export const catalogueEntries = proceduresSchema.table(
  'catalogue_entries',
  {
    sectionId: uuid('section_id').notNull(),
    procedureId: uuid('procedure_id')
      .notNull()
      .references(() => procedures.id),
    fullyOnSite: boolean('fully_on_site').notNull(),
    ...timestamps,
  },
  (table) => [
    primaryKey({ columns: [table.sectionId, table.procedureId] }),
    index('catalogue_entries_procedure_idx').on(table.procedureId),
  ],
);

/** Every change to the catalogue: who, when, what, with the values before where something was replaced. */
export const auditEvents = proceduresSchema.table(
  'audit_events',
  {
    id: uuid('id').primaryKey(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    procedureId: uuid('procedure_id'),
    versionId: uuid('version_id'),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull(),
  },
  (table) => [index('audit_events_procedure_idx').on(table.procedureId, table.at)],
);

export const outbox = defineOutbox(proceduresSchema);
