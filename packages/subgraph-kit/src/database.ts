/**
 * The database of one subgraph: PGlite (embedded PostgreSQL) in `<dataDir>/<name>/` when no
 * DATABASE_URL is given, otherwise a postgres.js pool on a real server. Both give the same drizzle
 * API, and the same migrations run on both.
 */
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql, type SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';

export type Db = PgDatabase<PgQueryResultHKT, Record<string, unknown>>;
/** A transaction handle: the same query API as Db. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type Executor = Db | Tx;

export interface Database {
  readonly db: Db;
  readonly kind: 'pglite' | 'postgres';
  /** Statements sent since start; tests use it to prove reference batching (no N+1). */
  statementCount(): number;
  ping(): Promise<void>;
  migrate(migrationsFolder: string, subgraphName: string): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://… for a real server; undefined for PGlite. */
  databaseUrl?: string;
  /** PGlite directory, or 'memory://' for a throwaway database. */
  dataDir?: string;
  poolSize?: number;
}

export function openDatabase(options: DatabaseOptions): Database {
  let statements = 0;
  const logger = { logQuery: () => void statements++ };
  const common = {
    statementCount: () => statements,
    ping: async () => void (await rows(database.db, sql`select 1`)),
  };
  let database: Database;

  if (options.databaseUrl) {
    const client = postgres(options.databaseUrl, { max: options.poolSize ?? 10, onnotice: () => {} });
    const db = drizzlePostgres({ client, logger }) as unknown as Db;
    database = {
      ...common,
      db,
      kind: 'postgres',
      migrate: (migrationsFolder, subgraphName) =>
        migrateUnderLock(options.databaseUrl!, migrationsFolder, subgraphName),
      close: () => client.end({ timeout: 5 }),
    };
  } else {
    const dataDir = options.dataDir ?? 'memory://';
    if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
    // pg_trgm: typo-tolerant search (procedures), as on the server where it ships with PostgreSQL.
    const client = new PGlite(dataDir, { extensions: { pg_trgm } });
    const db = drizzlePglite({ client, logger }) as unknown as Db;
    database = {
      ...common,
      db,
      kind: 'pglite',
      migrate: (migrationsFolder, subgraphName) =>
        migratePglite(db as never, { migrationsFolder, ...migrationsTableOf(subgraphName) }),
      close: () => client.close(),
    };
  }
  return database;
}

/**
 * Where drizzle records applied migrations. Not in the subgraph's own schema: the generated SQL
 * begins with `CREATE SCHEMA <name>`, which would fail if the migrator had created it first.
 * One bookkeeping table per subgraph in the shared `drizzle` schema keeps their histories apart.
 */
function migrationsTableOf(subgraphName: string) {
  return { migrationsSchema: 'drizzle', migrationsTable: `${subgraphName}_migrations` };
}

/**
 * Subgraphs (and replicas of one) share a PostgreSQL database and start together, and drizzle's
 * migrator takes no lock: two of them creating the `drizzle` schema or applying the same migration
 * at once fail. A session-level advisory lock on a one-connection client makes them take turns.
 */
const MIGRATION_LOCK = 7_424_311;

async function migrateUnderLock(databaseUrl: string, migrationsFolder: string, subgraphName: string): Promise<void> {
  const session = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await session`select pg_advisory_lock(${MIGRATION_LOCK})`;
    await migratePostgres(drizzlePostgres({ client: session }), {
      migrationsFolder,
      ...migrationsTableOf(subgraphName),
    });
  } finally {
    await session`select pg_advisory_unlock(${MIGRATION_LOCK})`.catch(() => {});
    await session.end({ timeout: 5 });
  }
}

/** Runs raw SQL and returns its rows, whichever driver is underneath. */
export async function rows<T = Record<string, unknown>>(executor: Executor, query: SQL): Promise<T[]> {
  const result = (await executor.execute(query)) as unknown;
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
