export { startGateway, type GatewayOptions, type RunningGateway } from './server.js';
export { subgraphs, type SubgraphName } from './subgraphs.js';
