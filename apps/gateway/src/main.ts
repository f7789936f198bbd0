import { readGatewayEnv } from './env.js';
import { startGateway } from './server.js';

const env = readGatewayEnv();
const gateway = await startGateway({
  port: env.port,
  host: env.host,
  internalSecret: env.internalSecret,
  authPublicKey: env.authPublicKey,
  subgraphUrls: env.subgraphUrls,
  logLevel: env.logLevel,
});
const shutdown = () => {
  gateway.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);
