/** The organizations subgraph's tables, all in the `organizations` PostgreSQL schema. */
import { index, integer, text, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
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
