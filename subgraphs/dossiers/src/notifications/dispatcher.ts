/**
 * Hands the notices written by transitions to the notification port, oldest first, and marks each
 * sent. Rows are claimed with SKIP LOCKED so several instances never send one twice; a port that
 * throws leaves the notice for the next round.
 */
import type { Db, EventConsumer, Logger } from '@motcua/subgraph-kit';
import { asc, eq, sql } from 'drizzle-orm';
import { dossiersByIds } from '../store/queries.js';
import { notifications } from '../store/tables.js';
import type { NotificationPort } from './port.js';

const BATCH = 50;

export function createNotificationDispatcher(options: {
  db: Db;
  port: NotificationPort;
  log: Logger;
  intervalMs?: number;
}): EventConsumer {
  const { db, port, log } = options;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<number> | null = null;

  async function sendBatch(): Promise<number> {
    return db.transaction(async (tx) => {
      const due = await tx
        .select()
        .from(notifications)
        .where(eq(notifications.sent, false))
        .orderBy(asc(notifications.id))
        .limit(BATCH)
        .for('update', { skipLocked: true });
      const codes = new Map(
        (await dossiersByIds(tx, [...new Set(due.map((notice) => notice.dossierId))])).map((row) => [row.id, row.code]),
      );
      let sent = 0;
      for (const notice of due) {
        const code = codes.get(notice.dossierId) ?? null;
        try {
          await port.send({
            dossierCode: code,
            email: notice.email,
            phone: notice.phone,
            subject: notice.subject,
            body: notice.body,
          });
        } catch (error) {
          log.warn({ err: error, notice: notice.id }, 'notification not sent; will retry');
          continue;
        }
        await tx
          .update(notifications)
          .set({ sent: true, sentAt: sql`now()` })
          .where(eq(notifications.id, notice.id));
        sent += 1;
      }
      return sent;
    });
  }

  async function drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const sent = await sendBatch();
      total += sent;
      if (sent < BATCH) return total;
    }
  }

  return {
    drain,
    start() {
      const tick = async () => {
        running = drain().catch((error: unknown) => {
          log.error({ err: error }, 'notification dispatch failed');
          return 0;
        });
        await running;
        running = null;
        if (timer !== null) timer = setTimeout(tick, options.intervalMs ?? 2_000);
      };
      timer = setTimeout(tick, 0);
    },
    async stop() {
      if (timer) clearTimeout(timer);
      timer = null;
      await running;
    },
  };
}
