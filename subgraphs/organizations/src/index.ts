import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@motcua/subgraph-kit';
import { parse } from 'graphql';
import { resolvers } from './resolvers/index.js';
import { seedOrganizations } from './store/seed.js';

export const DEFAULT_PORT = 4101;
export { agencyId, unitId } from './store/seed.js';

export const organizationsSubgraph: SubgraphDefinition = {
  name: 'organizations',
  typeDefs: parse(readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8')),
  resolvers,
  migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
  seed: seedOrganizations,
};
