/**
 * Test support: every integration suite runs on PGlite and on the real PostgreSQL server
 * (a fresh database per suite, dropped after). Set MOTCUA_TEST_POSTGRES=skip to run PGlite only
 * on a machine without PostgreSQL; CI never sets it.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, beforeAll } from 'vitest';
import type { FeedEvent } from '../outbox.js';
import { PRINCIPAL_HEADER, signPrincipal, type Principal } from '../principal.js';
import { startSubgraph, type RunningSubgraph, type SubgraphDefinition } from '../server.js';

export type DatabaseKind = 'pglite' | 'postgres';

export const adminPostgresUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function databaseKinds(): DatabaseKind[] {
  return process.env.MOTCUA_TEST_POSTGRES === 'skip' ? ['pglite'] : ['pglite', 'postgres'];
}

export interface TestDatabase {
  /** undefined for PGlite (in memory). */
  databaseUrl?: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'pglite') return { databaseUrl: undefined, drop: async () => {} };
  const name = `motcua_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(adminPostgresUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminPostgresUrl);
  url.pathname = `/${name}`;
  return {
    databaseUrl: url.toString(),
    drop: async () => {
      const dropper = postgres(adminPostgresUrl, { max: 1, onnotice: () => {} });
      try {
        await dropper.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await dropper.end();
      }
    },
  };
}

export const testInternalSecret = (): string => randomBytes(32).toString('hex');

export async function startTestSubgraph(
  definition: SubgraphDefinition,
  database: TestDatabase,
  internalSecret: string,
  options: { seed?: boolean; port?: number } = {},
): Promise<RunningSubgraph> {
  return startSubgraph(definition, {
    port: options.port ?? 0,
    databaseUrl: database.databaseUrl,
    internalSecret,
    seed: options.seed ?? true,
    logLevel: 'silent',
    startConsumers: false,
  });
}

/** Posts a GraphQL operation straight to a subgraph as the gateway would, with a signed principal. */
export async function querySubgraph<T = Record<string, unknown>>(
  url: string,
  internalSecret: string | null,
  query: string,
  variables: Record<string, unknown> = {},
  principal: Principal = { kind: 'anonymous' },
): Promise<{
  status: number;
  body: { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (internalSecret) headers['x-motcua-principal'] = await signPrincipal(principal, internalSecret);
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return { status: response.status, body: (await response.json()) as never };
}

/**
 * Starts one subgraph on a fresh database of `kind` before the suite and removes both after.
 * Call inside a `describe`; read `.subgraph` and `.secret` inside the tests.
 */
export function useTestSubgraph(
  definition: SubgraphDefinition | (() => Promise<SubgraphDefinition>),
  kind: DatabaseKind,
) {
  const handle = { secret: testInternalSecret(), subgraph: undefined as unknown as RunningSubgraph };
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const resolved = typeof definition === 'function' ? await definition() : definition;
    handle.subgraph = await startTestSubgraph(resolved, database, handle.secret);
  });
  afterAll(async () => {
    await handle.subgraph?.stop();
    await database?.drop();
  });
  return handle;
}

/** A fresh Ed25519 key pair as PEM: organizations signs access tokens, the gateway verifies them. */
export function testSigningKeys(): { privateKey: string; publicKey: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

/** An event as a subgraph's feed serves it, its payload as plain JSON for assertions. */
export type ServedEvent = Omit<FeedEvent, 'payload'> & { payload: Record<string, unknown> };

/** Reads a subgraph's whole event feed (GET /internal/events) as another subgraph would. */
export async function feedEvents(graphqlUrl: string, secret: string): Promise<ServedEvent[]> {
  const events: ServedEvent[] = [];
  let after = '0:0';
  for (;;) {
    const url = graphqlUrl.replace('/graphql', `/internal/events?limit=500&after=${after}`);
    const page = (await fetch(url, {
      headers: { [PRINCIPAL_HEADER]: await signPrincipal({ kind: 'service', subject: 'test' }, secret) },
    }).then((response) => response.json())) as { events: ServedEvent[] };
    if (page.events.length === 0) return events;
    events.push(...page.events);
    after = page.events.at(-1)!.position;
  }
}

/**
 * The feed serves a transaction's events once no older transaction is still open anywhere on the
 * server (so a late commit is never skipped); other suites' transactions can hold that back for a
 * moment. Reads until `ready` holds, then returns what the feed has.
 */
export async function feedEventsOnce(
  graphqlUrl: string,
  secret: string,
  ready: (events: ServedEvent[]) => boolean,
  timeoutMs = 15_000,
): Promise<ServedEvent[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const events = await feedEvents(graphqlUrl, secret);
    if (ready(events) || Date.now() > deadline) return events;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
