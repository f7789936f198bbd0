import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@motcua/subgraph-kit';
import { parse } from 'graphql';
import { DEFAULT_MAX_ATTACHMENT_BYTES } from './attachments/file-rules.js';
import type { FileStore } from './attachments/file-store.js';
import { localFileStore } from './attachments/local-file-store.js';
import { agencyCopiesConsumer } from './events/agency-copies.js';
import { procedureCopiesConsumer } from './events/procedure-copies.js';
import { createNotificationDispatcher } from './notifications/dispatcher.js';
import { logNotificationPort, type NotificationPort } from './notifications/port.js';
import { dossierResolvers } from './resolvers/index.js';
import { seedDossierRows } from './store/seed.js';
import { outbox } from './store/tables.js';

export const DEFAULT_PORT = 4103;
export { dossierId, seedDossiers, type SeedDossier } from './store/seed.js';
export type { DossierFinishedPayload } from './events/dossier-finished.js';
export type { NotificationPort, OutgoingNotice } from './notifications/port.js';
export { DOSSIER_FINISHED } from './events/dossier-finished.js';
export type { FileStore } from './attachments/file-store.js';
export { localFileStore } from './attachments/local-file-store.js';

/** Where uploaded files go without a setting: beside the embedded databases (subgraph-kit's MOTCUA_DATA_DIR default). */
export const DEFAULT_FILES_DIR = fileURLToPath(new URL('../../../.data/dossiers-files', import.meta.url));

export interface DossiersConfig {
  /** The procedures subgraph's event feed, e.g. http://localhost:4102/internal/events */
  proceduresFeedUrl: string;
  /** The organizations subgraph's event feed, e.g. http://localhost:4101/internal/events */
  organizationsFeedUrl: string;
  /** The portal, for the tracking links and QR codes printed on slips. */
  portalUrl: string;
  /** Where notices to applicants go; a log-only adapter by default. */
  notificationPort?: NotificationPort;
  /** Header of printed forms; the seeded province's by default. */
  authority?: string;
  place?: string;
  /** Directory of the local-disk file store for attachments; DEFAULT_FILES_DIR when absent. */
  filesDir?: string;
  /** Another file store (an S3-compatible bucket); takes the place of `filesDir`. */
  files?: FileStore;
  /** Largest attachment accepted, in bytes before base64; 10 MB by default. */
  maxAttachmentBytes?: number;
}

export function dossiersSubgraph(config: DossiersConfig): SubgraphDefinition {
  return {
    name: 'dossiers',
    typeDefs: parse(readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8')),
    resolvers: dossierResolvers({
      portalUrl: config.portalUrl,
      authority: config.authority ?? 'UBND TỈNH KIÊN GIANG',
      place: config.place ?? 'Kiên Giang',
      files: config.files ?? localFileStore(config.filesDir ?? DEFAULT_FILES_DIR),
      maxAttachmentBytes: config.maxAttachmentBytes ?? DEFAULT_MAX_ATTACHMENT_BYTES,
    }),
    migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
    seed: seedDossierRows,
    outbox,
    consumers: (wiring) => [
      procedureCopiesConsumer(wiring, config.proceduresFeedUrl),
      agencyCopiesConsumer(wiring, config.organizationsFeedUrl),
      createNotificationDispatcher({
        db: wiring.db,
        port: config.notificationPort ?? logNotificationPort(wiring.log),
        log: wiring.log,
      }),
    ],
  };
}
