import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@motcua/subgraph-kit';
import { parse } from 'graphql';
import { procedureCopiesConsumer } from './events/procedure-copies.js';
import { resolvers } from './resolvers/index.js';
import { seedDossierRows } from './store/seed.js';
import { outbox } from './store/tables.js';

export const DEFAULT_PORT = 4103;
export { dossierId, seedDossiers, type SeedDossier } from './store/seed.js';
export type { DossierFinishedPayload } from './events/dossier-finished.js';
export { DOSSIER_FINISHED } from './events/dossier-finished.js';

export interface DossiersConfig {
  /** The procedures subgraph's event feed, e.g. http://localhost:4102/internal/events */
  proceduresFeedUrl: string;
}

export function dossiersSubgraph(config: DossiersConfig): SubgraphDefinition {
  return {
    name: 'dossiers',
    typeDefs: parse(readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8')),
    resolvers,
    migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
    seed: seedDossierRows,
    outbox,
    consumers: (wiring) => [procedureCopiesConsumer(wiring, config.proceduresFeedUrl)],
  };
}
