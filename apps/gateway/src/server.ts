/**
 * The gateway: authenticate, limit, plan, forward. It holds no business logic; the subgraphs decide
 * what a principal may see, and trust only the principal this gateway signs for them.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { createLogger, ErrorCode, PRINCIPAL_HEADER, signPrincipal, type Principal } from '@motcua/subgraph-kit';
import { createApiKeyVerifier } from './api-keys.js';
import { AuthenticationError, createAuthenticator } from './auth.js';
import { supergraphPath } from './compose.js';
import { graphiqlRouter } from './graphiql.js';
import {
  bodyLimitFor,
  DEFAULT_LIMITS,
  MAX_PUBLIC_BODY,
  MAX_SIGNED_IN_BODY,
  operationLimitsRule,
  type OperationLimits,
} from './limits.js';
import type { SubgraphName } from './subgraphs.js';

export interface GatewayOptions {
  port: number;
  host?: string;
  internalSecret: string;
  authPublicKey?: string;
  subgraphUrls: Record<SubgraphName, string>;
  limits?: OperationLimits;
  logLevel?: string;
  /** How long a verified API key is trusted without asking again (default one minute). */
  apiKeyCacheMs?: number;
  /** Defaults to the committed supergraph.graphql. */
  supergraphSdl?: string;
}

interface GatewayContext {
  principal: Principal;
  /** The principal signed once per request, forwarded to every subgraph the plan touches. */
  principalToken: string;
}

export interface RunningGateway {
  url: string;
  stop(): Promise<void>;
}

const bodyParsers = new Map(
  [MAX_PUBLIC_BODY, MAX_SIGNED_IN_BODY].map((limit) => [limit, express.json({ limit })] as const),
);

export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const log = createLogger('gateway', options.logLevel);
  const authenticator = await createAuthenticator(
    options.authPublicKey,
    createApiKeyVerifier(options.subgraphUrls.organizations, options.internalSecret, options.apiKeyCacheMs),
  );
  // @apollo/gateway otherwise exports usage metrics to Apollo's servers and probes cloud metadata
  // endpoints at start. A province's system must not phone home, and offline networks can't.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl ?? readFileSync(supergraphPath, 'utf8'),
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource<GatewayContext>({
        url: options.subgraphUrls[name as SubgraphName] ?? url,
        willSendRequest({ request, context }) {
          request.http?.headers.set(PRINCIPAL_HEADER, context.principalToken);
        },
      }),
  });

  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    validationRules: [operationLimitsRule(options.limits ?? DEFAULT_LIMITS)],
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled()],
    // Apollo files every validation error under GRAPHQL_VALIDATION_FAILED; a limit is worth its own code.
    formatError: (formatted) =>
      formatted.extensions?.limitExceeded
        ? { message: formatted.message, extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } }
        : formatted,
  });
  await apollo.start();

  app.get('/', (_req, res) => res.redirect('/graphiql'));
  app.use('/graphiql', graphiqlRouter());
  app.get('/healthz', (_req, res) => void res.json({ status: 'ok', service: 'gateway' }));
  app.get('/readyz', async (_req, res) => {
    const checks = await Promise.all(
      Object.entries(options.subgraphUrls).map(async ([name, url]) => {
        const ready = await fetch(new URL('/readyz', url), { signal: AbortSignal.timeout(2000) }).then(
          (response) => response.ok,
          () => false,
        );
        return [name, ready] as const;
      }),
    );
    const allReady = checks.every(([, ready]) => ready);
    res
      .status(allReady ? 200 : 503)
      .json({ status: allReady ? 'ready' : 'degraded', subgraphs: Object.fromEntries(checks) });
  });

  app.use(
    '/graphql',
    async (req, res, next) => {
      try {
        const principal = await authenticator.principalOf(req.header('authorization'), req.header('x-api-key'));
        res.locals.principal = principal;
        res.locals.principalToken = await signPrincipal(principal, options.internalSecret);
        next();
      } catch (error) {
        if (!(error instanceof AuthenticationError)) return next(error);
        res.status(401).json({ errors: [{ message: error.message, extensions: { code: ErrorCode.UNAUTHENTICATED } }] });
      }
    },
    (req, res, next) => bodyParsers.get(bodyLimitFor(res.locals.principal as Principal))!(req, res, next),
    expressMiddleware(apollo, {
      context: async ({ res }) => ({
        principal: res.locals.principal as Principal,
        principalToken: res.locals.principalToken as string,
      }),
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${options.host ?? '127.0.0.1'}:${port}/graphql`;
  log.info({ url }, 'gateway ready');

  let stopping: Promise<void> | null = null;
  return {
    url,
    stop: () =>
      (stopping ??= (async () => {
        await apollo.stop();
        log.info('gateway stopped');
      })()),
  };
}
