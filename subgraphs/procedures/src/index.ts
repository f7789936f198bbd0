import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@motcua/subgraph-kit';
import { parse } from 'graphql';
import { resolvers } from './resolvers/index.js';
import { seedCatalogue } from './store/seed.js';
import { outbox } from './store/tables.js';

export const DEFAULT_PORT = 4102;
export { procedureId } from './store/seed.js';
export { PROCEDURE_VERSION_PUBLISHED, type ProcedureVersionPublishedPayload } from './events/version-published.js';

export const proceduresSubgraph: SubgraphDefinition = {
  name: 'procedures',
  typeDefs: parse(readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8')),
  resolvers,
  migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
  seed: seedCatalogue,
  outbox,
};
