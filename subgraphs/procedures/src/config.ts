/** Deployment settings of the procedures subgraph. */
import { stableId } from '@motcua/subgraph-kit';
import type { CatalogueAuthority } from './domain/editor-access.js';

/** The Provincial People's Committee of the seeded province (Kiên Giang). */
const SEEDED_PROVINCE_PEOPLES_COMMITTEE = '000.00.00.H37';

/**
 * MOTCUA_PROVINCE_AUTHORITY_ID: the agency id whose catalogue editors edit the whole catalogue
 * (the Provincial People's Committee); the seeded province's by default.
 */
export function catalogueAuthority(env: NodeJS.ProcessEnv = process.env): CatalogueAuthority {
  return {
    provinceAuthorityId: env.MOTCUA_PROVINCE_AUTHORITY_ID ?? stableId('agency', SEEDED_PROVINCE_PEOPLES_COMMITTEE),
  };
}
