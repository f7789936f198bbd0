import { runSubgraph } from '@motcua/subgraph-kit';
import { DEFAULT_PORT, evaluationsSubgraph } from './index.js';

await runSubgraph(evaluationsSubgraph, DEFAULT_PORT);
