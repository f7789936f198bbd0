/**
 * The whole back end in one test process: four subgraphs (on PGlite or on a fresh PostgreSQL
 * database) and the real gateway in front, with a key pair to sign staff tokens as sign-in will.
 */
import { dossiersSubgraph } from '@motcua/dossiers';
import { evaluationsSubgraph } from '@motcua/evaluations';
import { organizationsSubgraph } from '@motcua/organizations';
import { proceduresSubgraph } from '@motcua/procedures';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER, type RoleGrant, type RunningSubgraph } from '@motcua/subgraph-kit';
import {
  createTestDatabase,
  startTestSubgraph,
  testInternalSecret,
  testSigningKeys,
  type DatabaseKind,
  type TestDatabase,
} from '@motcua/subgraph-kit/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT, importPKCS8 } from 'jose';
import { startGateway, type RunningGateway } from '../../src/server.js';

export interface TestPlatform {
  gatewayUrl: string;
  internalSecret: string;
  subgraphs: Record<'organizations' | 'procedures' | 'dossiers' | 'evaluations', RunningSubgraph>;
  /** A token as sign-in would issue it (issue 3), signed with the platform's test key; staff unless `kind` says. */
  staffToken(
    roles: RoleGrant[],
    options?: { expiresIn?: string; subject?: string; kind?: 'staff' | 'citizen' },
  ): Promise<string>;
  /** Where the dossiers subgraph keeps uploaded files (a temp directory, removed at stop). */
  filesDir: string;
  /** POST an operation through the gateway. */
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

export interface GraphQLResponse<T> {
  status: number;
  body: { data?: T; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[] };
}

export async function startTestPlatform(kind: DatabaseKind): Promise<TestPlatform> {
  const internalSecret = testInternalSecret();
  const keys = testSigningKeys();
  const privateKey = await importPKCS8(keys.privateKey, 'EdDSA');
  // One PostgreSQL database holds every subgraph's schema; PGlite gives each its own.
  const databases: TestDatabase[] = [];
  const databaseFor = async () => {
    if (kind === 'postgres' && databases[0]) return databases[0];
    const database = await createTestDatabase(kind);
    databases.push(database);
    return database;
  };

  const [procedures, organizations] = await Promise.all([
    databaseFor().then((db) => startTestSubgraph(proceduresSubgraph, db, internalSecret)),
    databaseFor().then((db) =>
      organizationsSubgraph({ authPrivateKey: keys.privateKey }).then((definition) =>
        startTestSubgraph(definition, db, internalSecret),
      ),
    ),
  ]);
  const filesDir = mkdtempSync(join(tmpdir(), 'motcua-gateway-files-'));
  const feedOf = (subgraph: { url: string }) => subgraph.url.replace('/graphql', '/internal/events');
  const [dossiers, evaluations] = await Promise.all([
    databaseFor().then((db) =>
      startTestSubgraph(
        dossiersSubgraph({
          proceduresFeedUrl: feedOf(procedures),
          organizationsFeedUrl: feedOf(organizations),
          portalUrl: 'http://portal.test/',
          filesDir,
        }),
        db,
        internalSecret,
      ),
    ),
    databaseFor().then((db) => startTestSubgraph(evaluationsSubgraph, db, internalSecret)),
  ]);
  const subgraphs = { organizations, procedures, dossiers, evaluations };

  const gateway: RunningGateway = await startGateway({
    port: 0,
    internalSecret,
    authPublicKey: keys.publicKey,
    subgraphUrls: {
      organizations: organizations.url,
      procedures: procedures.url,
      dossiers: dossiers.url,
      evaluations: evaluations.url,
    },
    logLevel: 'silent',
    // Revocation tests need every request to ask organizations again.
    apiKeyCacheMs: 0,
  });

  return {
    gatewayUrl: gateway.url,
    internalSecret,
    subgraphs,
    filesDir,
    staffToken: (roles, options = {}) =>
      new SignJWT({ kind: options.kind ?? 'staff', roles, scopes: [] })
        .setProtectedHeader({ alg: 'EdDSA' })
        .setSubject(options.subject ?? 'test-official')
        .setIssuer(ACCESS_TOKEN_ISSUER)
        .setAudience(ACCESS_TOKEN_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(options.expiresIn ?? '5m')
        .sign(privateKey),
    async query(query, variables = {}, token, extraHeaders = {}) {
      const headers: Record<string, string> = { 'content-type': 'application/json', ...extraHeaders };
      if (token) headers.authorization = `Bearer ${token}`;
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as never };
    },
    async stop() {
      await gateway.stop();
      await Promise.all(Object.values(subgraphs).map((subgraph) => subgraph.stop()));
      await Promise.all(databases.map((database) => database.drop()));
      rmSync(filesDir, { recursive: true, force: true });
    },
  };
}
