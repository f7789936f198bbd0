import { runSubgraph } from '@motcua/subgraph-kit';
import { DEFAULT_PORT, organizationsSubgraph } from './index.js';

await runSubgraph(organizationsSubgraph, DEFAULT_PORT);
