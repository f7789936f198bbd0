/** The organizations subgraph's tables, all in the `organizations` PostgreSQL schema. */
import { defineOutbox } from '@motcua/subgraph-kit';
import {
  bigserial,
  date,
  index,
  integer,
  jsonb,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { pgSchema } from 'drizzle-orm/pg-core';

export const organizations = pgSchema('organizations');

export const adminLevel = organizations.enum('admin_level', ['CENTRAL', 'PROVINCE', 'DISTRICT', 'COMMUNE']);
export const agencyKind = organizations.enum('agency_kind', [
  'DEPARTMENT',
  'PEOPLES_COMMITTEE',
  'SERVICE_CENTRE',
  'CENTRAL_OFFICE',
]);

/** đơn vị hành chính: the tree province → district → commune. */
export const administrativeUnits = organizations.table(
  'administrative_units',
  {
    id: uuid('id').primaryKey(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    level: adminLevel('level').notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => administrativeUnits.id),
    /** Display order among siblings (official list order), kept explicit rather than derived from names. */
    sortOrder: integer('sort_order').notNull().default(0),
    /** First and last day the unit existed (null: not recorded / still exists). */
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
    /** The unit this one was merged into, so a dossier filed before a merger still reads right. */
    successorId: uuid('successor_id').references((): AnyPgColumn => administrativeUnits.id),
  },
  (table) => [index('administrative_units_parent_idx').on(table.parentId)],
);

/** cơ quan: a department, a People's Committee, the Centre, a central agency's local office. */
export const agencies = organizations.table(
  'agencies',
  {
    id: uuid('id').primaryKey(),
    electronicId: text('electronic_id').notNull().unique(),
    name: text('name').notNull(),
    shortName: text('short_name').notNull(),
    kind: agencyKind('kind').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => administrativeUnits.id),
    address: text('address'),
    phone: text('phone'),
    /** Display order (the province's official list order), also the key of agency pages. */
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (table) => [index('agencies_unit_idx').on(table.unitId), index('agencies_page_idx').on(table.sortOrder, table.id)],
);

export const accountKind = organizations.enum('account_kind', ['STAFF', 'CITIZEN']);
export const role = organizations.enum('role', [
  'SYSTEM_ADMIN',
  'CENTRE_MANAGER',
  'RECEPTION_OFFICER',
  'SPECIALIST',
  'APPROVER',
  'CATALOGUE_EDITOR',
  'CITIZEN',
]);

/** tài khoản: who can sign in. Usernames are stored lower-case; passwords only as scrypt hashes. */
export const accounts = organizations.table('accounts', {
  id: uuid('id').primaryKey(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  kind: accountKind('kind').notNull(),
  passwordHash: text('password_hash').notNull(),
  failedSignIns: integer('failed_sign_ins').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A role granted to an account within one agency. */
export const roleGrants = organizations.table(
  'role_grants',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    role: role('role').notNull(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
  },
  (table) => [primaryKey({ columns: [table.accountId, table.role, table.agencyId] })],
);

/**
 * A signed-in session: the hash of its refresh token (never the token), its expiry, and when it
 * ended. Rotation links a session to the one that replaced it, so a reused token is recognisable.
 */
export const sessions = organizations.table(
  'sessions',
  {
    id: uuid('id').primaryKey(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    refreshTokenHash: text('refresh_token_hash').notNull().unique(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    replacedBy: uuid('replaced_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('sessions_account_idx').on(table.accountId)],
);

/** Append-only record of what happened to accounts: who, what, when, why. */
export const auditEvents = organizations.table(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** Account id of whoever acted, or 'anonymous' / 'system'. */
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    /** What it was done to, e.g. an account id. */
    subject: text('subject').notNull(),
    detail: jsonb('detail').notNull().default({}),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('audit_events_subject_idx').on(table.subject, table.occurredAt)],
);

export const oneStopKind = organizations.enum('one_stop_kind', [
  'PROVINCIAL_CENTRE',
  'DISTRICT_SECTION',
  'COMMUNE_SECTION',
]);

/** Trung tâm PVHCC / Bộ phận Một cửa: where dossiers are received and results returned. */
export const oneStopSections = organizations.table('one_stop_sections', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  kind: oneStopKind('kind').notNull(),
  agencyId: uuid('agency_id')
    .notNull()
    .unique()
    .references(() => agencies.id),
  unitId: uuid('unit_id')
    .notNull()
    .references(() => administrativeUnits.id),
  address: text('address').notNull(),
  phone: text('phone'),
  openingHours: text('opening_hours').notNull(),
  sortOrder: integer('sort_order').notNull().default(0),
});

/** quầy: a reception counter and the fields of procedures it receives. */
export const counters = organizations.table(
  'counters',
  {
    id: uuid('id').primaryKey(),
    sectionId: uuid('section_id')
      .notNull()
      .references(() => oneStopSections.id),
    number: integer('number').notNull(),
    name: text('name').notNull(),
    servedAgencyId: uuid('served_agency_id').references(() => agencies.id),
    fields: text('fields').array().notNull(),
  },
  (table) => [uniqueIndex('counters_section_number_idx').on(table.sectionId, table.number)],
);

/** cán bộ, công chức, viên chức */
export const officials = organizations.table(
  'officials',
  {
    id: uuid('id').primaryKey(),
    fullName: text('full_name').notNull(),
    position: text('position').notNull(),
    homeAgencyId: uuid('home_agency_id')
      .notNull()
      .references(() => agencies.id),
    yearsOfService: integer('years_of_service').notNull(),
    email: text('email'),
    phone: text('phone'),
  },
  (table) => [index('officials_home_agency_idx').on(table.homeAgencyId)],
);

/** An official at a counter from startsOn to endsOn (both included), receiving some of its fields. */
export const secondments = organizations.table(
  'secondments',
  {
    id: uuid('id').primaryKey(),
    officialId: uuid('official_id')
      .notNull()
      .references(() => officials.id),
    counterId: uuid('counter_id')
      .notNull()
      .references(() => counters.id),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    fields: text('fields').array().notNull(),
    endReason: text('end_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('secondments_official_idx').on(table.officialId, table.startsOn),
    index('secondments_counter_idx').on(table.counterId, table.startsOn),
  ],
);

/**
 * A third-party agency's credential. The key is shown once at creation; only its SHA-256 is kept
 * (the key is 256 random bits, so no slow hash is needed to resist guessing).
 */
export const apiClients = organizations.table('api_clients', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  ownerAgencyId: uuid('owner_agency_id')
    .notNull()
    .references(() => agencies.id),
  scopes: text('scopes').array().notNull(),
  keyHash: text('key_hash').notNull().unique(),
  /** The first characters of the key, so an administrator can tell keys apart. */
  keyPrefix: text('key_prefix').notNull(),
  // Milliseconds, like the JavaScript Date a page cursor carries, so a cursor names its row exactly.
  createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
});

/** Events for other subgraphs (agencies and one-stop sections), served at GET /internal/events. */
export const outbox = defineOutbox(organizations);
