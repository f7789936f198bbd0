/** `Dossier.attachments`, `Attachment.contentBase64`, and adding or removing a file. */
import { forbidden, type Resolvers, type SubgraphContext } from '@motcua/subgraph-kit';
import type { FileStore } from '../attachments/file-store.js';
import { sha256Hex } from '../attachments/file-rules.js';
import { removeAttachment, uploadAttachment, type UploadAttachmentInput } from '../attachments/transitions.js';
import { dossierScopeOf, scopeAllows } from '../domain/access.js';
import { attachmentsOfDossiers, type AttachmentRow } from '../store/attachments.js';
import type { DossierRow } from '../store/queries.js';
import { actorOf } from '../transitions/run.js';

export interface AttachmentConfig {
  files: FileStore;
  /** Largest file accepted, in bytes. */
  maxAttachmentBytes: number;
}

const attachmentsLoader = ({ loaders, db }: SubgraphContext) =>
  loaders<string, AttachmentRow[]>('attachmentsByDossier', async (ids) => {
    const byDossier = await attachmentsOfDossiers(db, ids);
    return ids.map((id) => byDossier.get(id) ?? []);
  });

export function attachmentResolvers(config: AttachmentConfig): Resolvers {
  const deps = (ctx: SubgraphContext) => ({
    db: ctx.db,
    files: config.files,
    log: ctx.log,
    maxBytes: config.maxAttachmentBytes,
  });
  return {
    Dossier: {
      attachments: async (row: DossierRow, { id }: { id?: string | null }, ctx: SubgraphContext) => {
        // Every way to a Dossier already checks this; files hold personal data, so check again.
        if (!scopeAllows(dossierScopeOf(ctx.principal), row)) throw forbidden('You may not read this dossier’s files.');
        const all = (await attachmentsLoader(ctx).load(row.id)) ?? [];
        return id ? all.filter((attachment) => attachment.id === id) : all;
      },
    },
    Attachment: {
      uploadedAt: (row: AttachmentRow) => row.uploadedAt.toISOString(),
      contentBase64: async (row: AttachmentRow) => {
        const bytes = await config.files.get(row.storageKey);
        if (!bytes) throw new Error(`attachment ${row.id}: no file under ${row.storageKey}`);
        if (sha256Hex(bytes) !== row.sha256)
          throw new Error(`attachment ${row.id}: the file does not match its SHA-256`);
        return Buffer.from(bytes).toString('base64');
      },
    },
    Mutation: {
      uploadAttachment: (_parent: unknown, { input }: { input: UploadAttachmentInput }, ctx: SubgraphContext) =>
        uploadAttachment(deps(ctx), input, actorOf(ctx.principal), new Date()),
      removeAttachment: async (_parent: unknown, { id }: { id: string }, ctx: SubgraphContext) => ({
        dossier: await removeAttachment(deps(ctx), id, actorOf(ctx.principal), new Date()),
      }),
    },
  };
}
