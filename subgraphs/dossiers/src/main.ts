import { runSubgraph } from '@motcua/subgraph-kit';
import { DEFAULT_PORT, dossiersSubgraph } from './index.js';

const proceduresFeedUrl = process.env.PROCEDURES_FEED_URL ?? 'http://127.0.0.1:4102/internal/events';
await runSubgraph(dossiersSubgraph({ proceduresFeedUrl }), DEFAULT_PORT);
