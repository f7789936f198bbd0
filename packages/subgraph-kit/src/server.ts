/**
 * Turns `{ name, typeDefs, resolvers, migrationsFolder }` into a running Federation 2 subgraph:
 * database opened and migrated, optional seed, GraphQL at /graphql behind the gateway's credential,
 * /healthz and /readyz, the internal event feed, and a graceful stop.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Request, type Response, type NextFunction } from 'express';
import { GraphQLError, type DocumentNode } from 'graphql';
import { openDatabase, type Database, type Db } from './database.js';
import type { EventConsumer } from './consumer.js';
import { ErrorCode } from './errors.js';
import { createLoaderRegistry, type LoaderRegistry } from './loaders.js';
import { createLogger, type Logger } from './log.js';
import { readFeed, type OutboxTable } from './outbox.js';
import { PRINCIPAL_HEADER, verifyPrincipal, type Principal } from './principal.js';

export interface SubgraphContext {
  principal: Principal;
  db: Db;
  loaders: LoaderRegistry;
  log: Logger;
}

export type Resolvers = GraphQLResolverMap<SubgraphContext>;

export interface ConsumerWiring {
  db: Db;
  internalSecret: string;
  log: Logger;
}

export interface SubgraphDefinition {
  name: string;
  typeDefs: DocumentNode;
  resolvers: Resolvers;
  /** Folder of drizzle-kit generated SQL migrations. */
  migrationsFolder: string;
  /** Idempotent: runs at every start and inserts only what is missing. */
  seed?: (db: Db) => Promise<void>;
  /** Serves this subgraph's outbox at GET /internal/events to other subgraphs. */
  outbox?: OutboxTable;
  /** Feeds of other subgraphs this one follows. */
  consumers?: (wiring: ConsumerWiring) => EventConsumer[];
  /**
   * Calls for other parts of the platform only (the gateway, other subgraphs): POST
   * /internal/<name> with a JSON body, answered with the handler's JSON, or 404 when it returns null.
   */
  internalCalls?: Record<string, (body: unknown, db: Db) => Promise<unknown>>;
}

export interface SubgraphOptions {
  port: number;
  host?: string;
  databaseUrl?: string;
  /** PGlite directory; defaults to an in-memory database. */
  dataDir?: string;
  internalSecret: string;
  seed?: boolean;
  logLevel?: string;
  /** Start the background consumers (tests drain them by hand instead). */
  startConsumers?: boolean;
}

export interface RunningSubgraph {
  url: string;
  database: Database;
  consumers: EventConsumer[];
  stop(): Promise<void>;
}

const MAX_FEED_BATCH = 500;

export async function startSubgraph(
  definition: SubgraphDefinition,
  options: SubgraphOptions,
): Promise<RunningSubgraph> {
  const log = createLogger(definition.name, options.logLevel);
  const database = openDatabase({ databaseUrl: options.databaseUrl, dataDir: options.dataDir });
  await database.migrate(definition.migrationsFolder, definition.name);
  if (options.seed) await definition.seed?.(database.db);

  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);
  const apollo = new ApolloServer<SubgraphContext>({
    schema: buildSubgraphSchema({
      typeDefs: definition.typeDefs,
      resolvers: definition.resolvers as GraphQLResolverMap<unknown>,
    }),
    // No Apollo Studio here: inline traces would only add bytes to every response.
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginInlineTraceDisabled()],
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => {
      // Typed domain errors pass through; anything else is a bug and is logged, not shown.
      const code = formatted.extensions?.code;
      if (code && code !== ErrorCode.INTERNAL) return formatted;
      log.error({ err: error }, 'unexpected resolver error');
      return { message: 'Internal error; it has been logged.', extensions: { code: ErrorCode.INTERNAL } };
    },
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => void res.json({ status: 'ok', service: definition.name }));
  app.get('/readyz', async (_req, res) => {
    try {
      await database.ping();
      res.json({ status: 'ready', database: database.kind });
    } catch (error) {
      log.warn({ err: error }, 'database not ready');
      res.status(503).json({ status: 'unavailable' });
    }
  });

  const requirePrincipal =
    (accept: (principal: Principal) => boolean) => async (req: Request, res: Response, next: NextFunction) => {
      const principal = await verifyPrincipal(req.header(PRINCIPAL_HEADER), options.internalSecret);
      if (!principal || !accept(principal)) {
        res.status(401).json({
          errors: [
            {
              message: 'Requests must come through the Motcua gateway.',
              extensions: { code: ErrorCode.UNAUTHENTICATED },
            },
          ],
        });
        return;
      }
      res.locals.principal = principal;
      next();
    };

  app.use(
    '/graphql',
    requirePrincipal(() => true),
    // The gateway limits what it accepts (14 MB for signed-in people: imports, files as base64); this is a backstop.
    express.json({ limit: '16mb' }),
    expressMiddleware(apollo, {
      context: async ({ res }) => ({
        principal: res.locals.principal as Principal,
        db: database.db,
        loaders: createLoaderRegistry(),
        log,
      }),
    }),
  );

  for (const [name, handler] of Object.entries(definition.internalCalls ?? {})) {
    app.post(
      `/internal/${name}`,
      requirePrincipal((principal) => principal.kind === 'service'),
      express.json({ limit: '16kb' }),
      async (req, res) => {
        try {
          const answer = await handler(req.body, database.db);
          if (answer === null) res.status(404).json({ error: 'not found' });
          else res.json(answer);
        } catch (error) {
          log.error({ err: error, call: name }, 'internal call failed');
          res.status(500).json({ error: 'internal error' });
        }
      },
    );
  }

  if (definition.outbox) {
    const outbox = definition.outbox;
    app.get(
      '/internal/events',
      requirePrincipal((principal) => principal.kind === 'service'),
      async (req, res) => {
        const after = typeof req.query.after === 'string' ? req.query.after : '0:0';
        const limit = Math.min(Number(req.query.limit ?? 100) || 100, MAX_FEED_BATCH);
        try {
          res.json({ events: await readFeed(database.db, outbox, after, limit) });
        } catch (error) {
          res.status(400).json({ error: error instanceof Error ? error.message : 'bad request' });
        }
      },
    );
  }

  const consumers = definition.consumers?.({ db: database.db, internalSecret: options.internalSecret, log }) ?? [];
  if (options.startConsumers !== false) consumers.forEach((consumer) => consumer.start());

  await listen(httpServer, options.port, options.host ?? '127.0.0.1');
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${options.host ?? '127.0.0.1'}:${port}/graphql`;
  log.info({ url, database: database.kind }, 'subgraph ready');

  let stopping: Promise<void> | null = null;
  return {
    url,
    database,
    consumers,
    stop: () =>
      (stopping ??= (async () => {
        await Promise.all(consumers.map((consumer) => consumer.stop()));
        await apollo.stop(); // drains in-flight requests, then closes the HTTP server
        await database.close();
        log.info('subgraph stopped');
      })()),
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
}

/** Rejects a resolver call that is not allowed, with the shared error shape. */
export function assertAllowed(allowed: boolean, message: string): void {
  if (!allowed) throw new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN } });
}
