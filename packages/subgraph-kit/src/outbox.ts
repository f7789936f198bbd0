/**
 * The transactional outbox (DESIGN.md §2). A producer appends events in the same transaction as
 * the rows they describe, so an event exists if and only if the change committed. Consumers read
 * the feed in commit-safe order and remember where they stopped.
 *
 * Ordering: ids from a sequence are handed out before commit, so a later id can become visible
 * before an earlier one and a reader that simply followed `id` could skip the earlier event for
 * ever. Every row therefore records the id of the transaction that wrote it, and the feed returns
 * only rows of transactions older than the oldest one still running (the snapshot's xmin), ordered
 * by (transaction, id). Any row that appears later belongs to a transaction that is newer than all
 * rows already served, so a cursor on (transaction, id) never passes over an event.
 */
import { and, asc, sql } from 'drizzle-orm';
import { bigint, bigserial, index, jsonb, text, timestamp, type PgSchema } from 'drizzle-orm/pg-core';
import type { Executor } from './database.js';

export function defineOutbox(schema: PgSchema) {
  return schema.table(
    'outbox',
    {
      id: bigserial('id', { mode: 'number' }).primaryKey(),
      txId: bigint('tx_id', { mode: 'bigint' })
        .notNull()
        .default(sql`(pg_current_xact_id()::text::bigint)`),
      topic: text('topic').notNull(),
      aggregateId: text('aggregate_id').notNull(),
      payload: jsonb('payload').notNull(),
      occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    },
    (table) => [index('outbox_feed_order_idx').on(table.txId, table.id)],
  );
}

export type OutboxTable = ReturnType<typeof defineOutbox>;

/** Where a consumer stopped reading each producer's feed. */
export function defineEventCursors(schema: PgSchema) {
  return schema.table('event_cursors', {
    producer: text('producer').primaryKey(),
    position: text('position').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  });
}

export type EventCursorsTable = ReturnType<typeof defineEventCursors>;

export interface NewEvent {
  topic: string;
  aggregateId: string;
  payload: unknown;
}

export interface FeedEvent {
  /** Opaque position of this event in the feed; pass it back as `after`. */
  position: string;
  topic: string;
  aggregateId: string;
  payload: unknown;
  occurredAt: string;
}

/** Appends events; call it with the transaction that writes the rows they describe. */
export async function appendEvents(tx: Executor, outbox: OutboxTable, events: NewEvent[]): Promise<void> {
  if (events.length === 0) return;
  await tx.insert(outbox).values(events.map((event) => ({ ...event, payload: event.payload as object })));
}

export const FEED_START = '0:0';

export function parsePosition(position: string): [bigint, number] {
  const match = /^(\d+):(\d+)$/.exec(position);
  if (!match) throw new Error(`Invalid feed position "${position}"`);
  return [BigInt(match[1]!), Number(match[2]!)];
}

/** Orders two feed positions: negative when `a` comes first. */
export function comparePositions(a: string, b: string): number {
  const [aTx, aId] = parsePosition(a);
  const [bTx, bId] = parsePosition(b);
  if (aTx !== bTx) return aTx < bTx ? -1 : 1;
  return aId - bId;
}

/** Events after `position`, oldest first, only from transactions no running transaction can precede. */
export async function readFeed(
  db: Executor,
  outbox: OutboxTable,
  position: string,
  limit: number,
): Promise<FeedEvent[]> {
  const [txId, id] = parsePosition(position);
  const rows = await db
    .select()
    .from(outbox)
    .where(
      and(
        sql`(${outbox.txId}, ${outbox.id}) > (${txId.toString()}::bigint, ${id}::bigint)`,
        sql`${outbox.txId} < pg_snapshot_xmin(pg_current_snapshot())::text::bigint`,
      ),
    )
    .orderBy(asc(outbox.txId), asc(outbox.id))
    .limit(limit);
  return rows.map((row) => ({
    position: `${row.txId}:${row.id}`,
    topic: row.topic,
    aggregateId: row.aggregateId,
    payload: row.payload,
    occurredAt: row.occurredAt.toISOString(),
  }));
}
