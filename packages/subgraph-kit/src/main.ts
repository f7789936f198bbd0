/** The process entry of a subgraph: environment in, server up, clean stop on SIGTERM/SIGINT. */
import { join } from 'node:path';
import { readSubgraphEnv } from './env.js';
import { startSubgraph, type SubgraphDefinition } from './server.js';

export async function runSubgraph(definition: SubgraphDefinition, defaultPort: number): Promise<void> {
  const env = readSubgraphEnv(definition.name, defaultPort);
  const running = await startSubgraph(definition, {
    port: env.port,
    host: env.HOST,
    databaseUrl: env.DATABASE_URL,
    dataDir: join(env.MOTCUA_DATA_DIR, definition.name),
    internalSecret: env.MOTCUA_INTERNAL_SECRET,
    seed: env.seed,
    logLevel: env.LOG_LEVEL,
  });
  const shutdown = () => {
    running.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}
