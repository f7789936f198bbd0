import { runSubgraph } from '@motcua/subgraph-kit';
import { DEFAULT_PORT, proceduresSubgraph } from './index.js';

await runSubgraph(proceduresSubgraph, DEFAULT_PORT);
