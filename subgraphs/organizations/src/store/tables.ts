/** The organizations subgraph's tables, all in the `organizations` PostgreSQL schema. */
import {
  bigserial,
  index,
  integer,
  jsonb,
  primaryKey,
  text,
  timestamp,
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
