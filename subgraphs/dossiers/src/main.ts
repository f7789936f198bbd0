import { join } from 'node:path';
import { runSubgraph } from '@motcua/subgraph-kit';
import { DEFAULT_PORT, dossiersSubgraph } from './index.js';

await runSubgraph(
  dossiersSubgraph({
    proceduresFeedUrl: process.env.PROCEDURES_FEED_URL ?? 'http://127.0.0.1:4102/internal/events',
    organizationsFeedUrl: process.env.ORGANIZATIONS_FEED_URL ?? 'http://127.0.0.1:4101/internal/events',
    portalUrl: process.env.MOTCUA_PORTAL_URL ?? 'http://127.0.0.1:5173',
    // Uploaded files: MOTCUA_FILES_DIR, else beside the embedded databases in MOTCUA_DATA_DIR.
    filesDir:
      process.env.MOTCUA_FILES_DIR ??
      (process.env.MOTCUA_DATA_DIR ? join(process.env.MOTCUA_DATA_DIR, 'dossiers-files') : undefined),
  }),
  DEFAULT_PORT,
);
