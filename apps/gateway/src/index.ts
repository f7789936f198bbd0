export { startGateway, type GatewayOptions, type RunningGateway } from './server.js';
export { TOKEN_AUDIENCE, TOKEN_ISSUER } from './auth.js';
export { subgraphs, type SubgraphName } from './subgraphs.js';
