import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Db, SubgraphDefinition } from '@motcua/subgraph-kit';
import { parse } from 'graphql';
import { createAccessTokenSigner } from './domain/tokens.js';
import { verifyApiKey } from './resolvers/api-clients.js';
import { createResolvers } from './resolvers/index.js';
import { seedDemoAccounts, seedOrganizations } from './store/seed.js';
import { seedStaffing } from './store/seed-staffing.js';
import { outbox } from './store/tables.js';

export const DEFAULT_PORT = 4101;
export { agencyId, unitId } from './store/seed.js';
export { AGENCY_REGISTERED, type AgencyRegisteredPayload } from './events/agency-registered.js';
export { AGENCY_CHANGED, type AgencyChangedPayload } from './events/agency-changed.js';
export { ONE_STOP_SECTION_OPENED, type OneStopSectionOpenedPayload } from './events/section-opened.js';
export { ONE_STOP_SECTION_CHANGED, type OneStopSectionChangedPayload } from './events/section-changed.js';

export interface OrganizationsConfig {
  /** PKCS8 PEM of the Ed25519 key that signs access tokens; the gateway holds its public half. */
  authPrivateKey: string;
}

export async function organizationsSubgraph(config: OrganizationsConfig): Promise<SubgraphDefinition> {
  return {
    name: 'organizations',
    typeDefs: parse(readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8')),
    resolvers: createResolvers(await createAccessTokenSigner(config.authPrivateKey)),
    migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
    internalCalls: { 'api-keys/verify': verifyApiKey },
    outbox,
    seed: async (db: Db) => {
      await seedOrganizations(db);
      await seedDemoAccounts(db);
      await seedStaffing(db);
    },
  };
}
