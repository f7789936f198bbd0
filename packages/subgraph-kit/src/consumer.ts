/**
 * Pulls another subgraph's event feed in order and applies each event exactly once: the handler's
 * writes and the new cursor position commit in one transaction, so a crash either keeps both or
 * neither, and the next run starts from the last committed event.
 */
import { eq, sql } from 'drizzle-orm';
import type { Db, Tx } from './database.js';
import type { Logger } from './log.js';
import { comparePositions, FEED_START, type EventCursorsTable, type FeedEvent } from './outbox.js';
import { PRINCIPAL_HEADER, signPrincipal } from './principal.js';

export type EventHandler = (tx: Tx, event: FeedEvent) => Promise<void>;

export interface ConsumerOptions {
  /** This consumer's name, used as the service principal's subject. */
  consumer: string;
  /** The producing subgraph's name, the key of the stored cursor. */
  producer: string;
  /** e.g. http://localhost:4102/internal/events */
  feedUrl: string;
  internalSecret: string;
  db: Db;
  cursors: EventCursorsTable;
  handlers: Record<string, EventHandler>;
  batchSize?: number;
  pollIntervalMs?: number;
  log?: Logger;
}

export interface EventConsumer {
  /** Pulls and applies until the feed has nothing more; returns how many events were applied. */
  drain(): Promise<number>;
  /** Polls in the background until stop(). */
  start(): void;
  stop(): Promise<void>;
}

export function createEventConsumer(options: ConsumerOptions): EventConsumer {
  const { db, cursors, producer, handlers } = options;
  const batchSize = options.batchSize ?? 100;
  let running = false;
  let loop: Promise<void> | null = null;

  async function currentPosition(): Promise<string> {
    const [row] = await db.select().from(cursors).where(eq(cursors.producer, producer));
    return row?.position ?? FEED_START;
  }

  async function fetchBatch(after: string): Promise<FeedEvent[]> {
    const token = await signPrincipal({ kind: 'service', subject: options.consumer }, options.internalSecret);
    const url = `${options.feedUrl}?after=${encodeURIComponent(after)}&limit=${batchSize}`;
    const response = await fetch(url, { headers: { [PRINCIPAL_HEADER]: token } });
    if (!response.ok) throw new Error(`${producer} feed answered ${response.status}`);
    const body = (await response.json()) as { events: FeedEvent[] };
    return body.events;
  }

  /**
   * Applies one event unless it is at or before the stored position. The cursor row is locked
   * first, so replicas of the same consumer take turns and none moves the cursor backwards or
   * applies an event another has already applied.
   */
  async function applyOne(event: FeedEvent): Promise<boolean> {
    return db.transaction(async (tx) => {
      await tx.insert(cursors).values({ producer, position: FEED_START }).onConflictDoNothing();
      const [stored] = await tx.select().from(cursors).where(eq(cursors.producer, producer)).for('update');
      if (stored && comparePositions(event.position, stored.position) <= 0) return false;
      const handler = handlers[event.topic];
      if (handler) await handler(tx, event);
      await tx
        .update(cursors)
        .set({ position: event.position, updatedAt: sql`now()` })
        .where(eq(cursors.producer, producer));
      return true;
    });
  }

  async function drain(): Promise<number> {
    let applied = 0;
    for (;;) {
      const batch = await fetchBatch(await currentPosition());
      for (const event of batch) {
        if (await applyOne(event)) applied++;
      }
      if (batch.length < batchSize) return applied;
    }
  }

  return {
    drain,
    start() {
      if (running) return;
      running = true;
      loop = (async () => {
        // Producers start alongside their consumers, so a refused connection or two is normal;
        // only a feed that stays away is worth a warning.
        let failuresInARow = 0;
        while (running) {
          try {
            const applied = await drain();
            failuresInARow = 0;
            if (applied > 0) options.log?.info({ producer, applied }, 'applied events');
          } catch (error) {
            failuresInARow++;
            const level = failuresInARow >= 5 ? 'warn' : 'debug';
            options.log?.[level]({ producer, err: error, failuresInARow }, 'event feed unavailable; will retry');
          }
          if (running) await new Promise((resolve) => setTimeout(resolve, options.pollIntervalMs ?? 1000));
        }
      })();
    },
    async stop() {
      running = false;
      await loop;
    },
  };
}
