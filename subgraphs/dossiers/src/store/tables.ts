/** The dossiers subgraph's tables, all in the `dossiers` PostgreSQL schema. */
import { defineEventCursors, defineOutbox } from '@motcua/subgraph-kit';
import { sql } from 'drizzle-orm';
import {
  bigserial,
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
import type { ApplicantRecord, DocumentCheck, ResultRecord } from '../domain/dossier-record.js';
import type { VersionTermsCopy } from '../domain/procedure-terms.js';
import { DOSSIER_STATUSES } from '../domain/status.js';

export const dossiersSchema = pgSchema('dossiers');

export const dossierStatus = dossiersSchema.enum('dossier_status', DOSSIER_STATUSES);
export const submissionChannel = dossiersSchema.enum('submission_channel', ['IN_PERSON', 'ONLINE', 'POSTAL']);
export const resultDelivery = dossiersSchema.enum('result_delivery', ['AT_COUNTER', 'POSTAL', 'ONLINE']);
export const ruleSet = dossiersSchema.enum('rule_set', ['ND61_TT01_2018', 'ND118_TT03_2025']);
export const calendarDayKind = dossiersSchema.enum('calendar_day_kind', ['DAY_OFF', 'WORKING_DAY']);

/**
 * hồ sơ: the dossier's current position. Everything that happened to it is in `dossier_events`;
 * the columns here are what lists filter and sort on, and what the ledger cannot hold by itself
 * (the applicant, the document checklist, the bound procedure version).
 */
export const dossiers = dossiersSchema.table(
  'dossiers',
  {
    id: uuid('id').primaryKey(),
    /** <agency electronic ID>-YYMMDD-NNNN; null while an online dossier is a draft. */
    code: text('code').unique(),
    status: dossierStatus('status').notNull(),
    channel: submissionChannel('channel').notNull(),
    /** Fixed when the dossier gets its code; the rules it is handled under for good. */
    ruleSet: ruleSet('rule_set'),
    /** The published procedure version the dossier is bound to (dossiers' read copy). */
    procedureVersionId: uuid('procedure_version_id').notNull(),
    procedureId: uuid('procedure_id').notNull(),
    /** The Agency (organizations subgraph) whose one-stop section received the dossier. */
    receivingAgencyId: uuid('receiving_agency_id').notNull(),
    competentAgencyId: uuid('competent_agency_id').notNull(),
    /** Receiving, competent and every step's agency: whose staff may see the dossier. */
    involvedAgencyIds: uuid('involved_agency_ids').array().notNull(),
    applicant: jsonb('applicant').$type<ApplicantRecord>().notNull(),
    /** Lower-cased, diacritics-free name and ID number for staff search. */
    searchText: text('search_text').notNull(),
    documents: jsonb('documents').$type<DocumentCheck[]>().notNull(),
    sets: integer('sets').notNull().default(1),
    resultDelivery: resultDelivery('result_delivery').notNull(),
    /** The citizen account that filed it online. */
    ownerAccountId: uuid('owner_account_id'),
    /** The client's key for the request that created it: a retried submission finds the first. */
    idempotencyKey: text('idempotency_key'),
    createdBy: text('created_by').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true, precision: 3 }),
    receivedAt: timestamp('received_at', { withTimezone: true, precision: 3 }),
    /** Index of the internal-process step the dossier is at; null before reception and after return. */
    currentStep: integer('current_step'),
    currentStepAgencyId: uuid('current_step_agency_id'),
    currentStepRole: text('current_step_role'),
    currentHandlerId: uuid('current_handler_id'),
    result: jsonb('result').$type<ResultRecord>(),
    returnedAt: timestamp('returned_at', { withTimezone: true, precision: 3 }),
    // Milliseconds, like the JavaScript Date a page cursor carries, so a cursor names its row exactly.
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [
    index('dossiers_page_idx').on(table.createdAt, table.id),
    index('dossiers_involved_agencies_idx').using('gin', table.involvedAgencyIds),
    index('dossiers_current_step_idx').on(table.currentStepAgencyId, table.currentStepRole),
    index('dossiers_owner_idx').on(table.ownerAccountId, table.createdAt),
    uniqueIndex('dossiers_idempotency_idx').on(table.createdBy, table.idempotencyKey),
  ],
);

/**
 * The append-only ledger of a dossier: every transition, handover, pause and apology, with who,
 * when, from, to and why. The timeline, the control slip, the clock and the statistics are read
 * from it; nothing in it is ever updated or deleted.
 */
export const dossierEvents = dossiersSchema.table(
  'dossier_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    type: text('type').notNull(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
    actorId: text('actor_id').notNull(),
    actorName: text('actor_name'),
    fromStatus: dossierStatus('from_status'),
    toStatus: dossierStatus('to_status'),
    stepIndex: integer('step_index'),
    reason: text('reason'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
  },
  (table) => [index('dossier_events_dossier_idx').on(table.dossierId, table.id)],
);

/**
 * The day's running number per receiving agency: incremented inside the receiving transaction, so
 * the row lock orders parallel receptions and a rolled-back one gives its number back.
 */
export const codeCounters = dossiersSchema.table(
  'code_counters',
  {
    agencyElectronicId: text('agency_electronic_id').notNull(),
    /** YYMMDD in Vietnam's time. */
    day: text('day').notNull(),
    lastNumber: integer('last_number').notNull(),
  },
  (table) => [primaryKey({ columns: [table.agencyElectronicId, table.day] })],
);

/**
 * Read copy of published procedure versions, fed by the procedures subgraph's outbox: a dossier is
 * bound to the version in force on its reception day and must not read another subgraph's tables.
 */
export const procedureVersions = dossiersSchema.table(
  'procedure_versions',
  {
    versionId: uuid('version_id').primaryKey(),
    procedureId: uuid('procedure_id').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    field: text('field').notNull(),
    level: text('level').notNull(),
    competentAgencyId: uuid('competent_agency_id').notNull(),
    versionNumber: integer('version_number').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    terms: jsonb('terms').$type<VersionTermsCopy>().notNull(),
    /** Feed position of the event that wrote this row. */
    sourcePosition: text('source_position').notNull(),
  },
  (table) => [index('procedure_versions_in_force_idx').on(table.procedureId, table.effectiveFrom)],
);

/** Read copy of agencies (organizations' outbox, or the seed): the electronic ID forms dossier codes. */
export const agencyCopies = dossiersSchema.table('agency_copies', {
  id: uuid('id').primaryKey(),
  electronicId: text('electronic_id').notNull(),
  name: text('name').notNull(),
  /** The agency's one-stop section (Bộ phận Một cửa), when it has one. */
  sectionId: uuid('section_id'),
  sourcePosition: text('source_position').notNull(),
});

/** The calendar's weekly settings: one row. */
export const calendarSettings = dossiersSchema.table('calendar_settings', {
  id: integer('id').primaryKey().default(1),
  workingWeekdays: integer('working_weekdays').array().notNull(),
  shifts: jsonb('shifts').$type<{ start: string; end: string }[]>().notNull(),
  receptionCutOff: text('reception_cut_off').notNull(),
});

/** Holidays and make-up working days, as announced each year (DOMAIN.md §10). */
export const calendarDays = dossiersSchema.table('calendar_days', {
  date: date('date', { mode: 'string' }).primaryKey(),
  kind: calendarDayKind('kind').notNull(),
  name: text('name').notNull(),
  updatedBy: text('updated_by').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Changes that are not a dossier's own (the calendar), with who, when and what moved. */
export const auditEvents = dossiersSchema.table('audit_events', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  actorId: text('actor_id').notNull(),
  action: text('action').notNull(),
  subject: text('subject').notNull(),
  detail: jsonb('detail').$type<Record<string, unknown>>().notNull(),
});

/**
 * Messages to applicants (receipt, supplement request, apology, result), written in the same
 * transaction as the change; a dispatcher hands them to the notification port and marks them sent.
 */
export const notifications = dossiersSchema.table(
  'notifications',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    kind: text('kind').notNull(),
    email: text('email'),
    phone: text('phone'),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    sent: boolean('sent').notNull().default(false),
  },
  (table) => [
    index('notifications_unsent_idx')
      .on(table.sent, table.id)
      .where(sql`not ${table.sent}`),
  ],
);

export const attachmentPurpose = dossiersSchema.enum('attachment_purpose', ['DOCUMENT', 'SUPPLEMENT', 'RESULT']);

/**
 * Uploaded files of a dossier (tài liệu đính kèm): the row describes the file, the bytes are in the
 * file store under `storage_key`, written before the row's transaction and removed if it fails.
 */
export const attachments = dossiersSchema.table(
  'attachments',
  {
    id: uuid('id').primaryKey(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    purpose: attachmentPurpose('purpose').notNull(),
    /** Position in the bound version's document list, when the file is one of those documents. */
    documentIndex: integer('document_index'),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    /** Hex SHA-256 of the bytes, checked again when they are read back. */
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull().unique(),
    uploadedBy: text('uploaded_by').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true, precision: 3 }).notNull(),
  },
  (table) => [index('attachments_dossier_idx').on(table.dossierId, table.uploadedAt)],
);

export const outbox = defineOutbox(dossiersSchema);
export const eventCursors = defineEventCursors(dossiersSchema);
