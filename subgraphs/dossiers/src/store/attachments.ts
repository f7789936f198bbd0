/** SQL of dossiers' attachments: the rows that describe files kept in the file store. */
import type { Executor } from '@motcua/subgraph-kit';
import { asc, eq, inArray } from 'drizzle-orm';
import { attachments } from './tables.js';

export type AttachmentRow = typeof attachments.$inferSelect;
export type NewAttachmentRow = typeof attachments.$inferInsert;

export async function insertAttachment(tx: Executor, row: NewAttachmentRow): Promise<AttachmentRow> {
  const [inserted] = await tx.insert(attachments).values(row).returning();
  return inserted!;
}

export async function attachmentById(db: Executor, id: string): Promise<AttachmentRow | null> {
  const [row] = await db.select().from(attachments).where(eq(attachments.id, id));
  return row ?? null;
}

/** Oldest first, per dossier; every dossier of `ids` has an entry. */
export async function attachmentsOfDossiers(
  db: Executor,
  ids: readonly string[],
): Promise<Map<string, AttachmentRow[]>> {
  const rows = await db
    .select()
    .from(attachments)
    .where(inArray(attachments.dossierId, [...ids]))
    .orderBy(asc(attachments.uploadedAt), asc(attachments.id));
  const byDossier = new Map<string, AttachmentRow[]>(ids.map((id) => [id, []]));
  for (const row of rows) byDossier.get(row.dossierId)?.push(row);
  return byDossier;
}

/** False when there was no such row (already removed). */
export async function deleteAttachment(tx: Executor, id: string): Promise<boolean> {
  const deleted = await tx.delete(attachments).where(eq(attachments.id, id)).returning({ id: attachments.id });
  return deleted.length > 0;
}
