import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { count, countDistinct } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEventConsumer } from '../src/consumer.js';
import { FEED_START, readFeed } from '../src/outbox.js';
import type { RunningSubgraph } from '../src/server.js';
import {
  createTestDatabase,
  databaseKinds,
  startTestSubgraph,
  testInternalSecret,
  type TestDatabase,
} from '../src/testing/index.js';
import { producerDefinition, writeNote } from './fixtures/producer.js';
import { applied, eventCursors, notes, outbox } from './fixtures/tables.js';

const feedUrlOf = (subgraph: RunningSubgraph) => subgraph.url.replace('/graphql', '/internal/events');

describe.each(databaseKinds())('outbox and event feed on %s', (kind) => {
  let database: TestDatabase;
  let producer: RunningSubgraph;
  const secret = testInternalSecret();

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    producer = await startTestSubgraph(producerDefinition, database, secret);
  });
  afterAll(async () => {
    await producer?.stop();
    await database?.drop();
  });

  const db = () => producer.database.db;
  const consumer = (handler: (aggregateId: string) => void = () => {}) =>
    createEventConsumer({
      consumer: 'kit_test_consumer',
      producer: 'kit_test',
      feedUrl: feedUrlOf(producer),
      internalSecret: secret,
      db: db(),
      cursors: eventCursors,
      batchSize: 7,
      handlers: {
        NoteWritten: async (tx, event) => {
          handler(event.aggregateId);
          await tx.insert(applied).values({ position: event.position, aggregateId: event.aggregateId });
        },
      },
    });

  it('writes an event only when its change commits', async () => {
    await writeNote(db(), 'committed');
    await expect(writeNote(db(), 'rolled-back', { failAfterEvent: true })).rejects.toThrow();
    const events = await readFeed(db(), outbox, FEED_START, 100);
    expect(events.map((event) => event.aggregateId)).toEqual(['committed']);
    expect(await db().select().from(notes)).toHaveLength(1);
  });

  it('refuses the feed to a caller without the internal credential', async () => {
    const response = await fetch(`${feedUrlOf(producer)}?after=0:0`);
    expect(response.status).toBe(401);
  });

  it('applies every event exactly once across a crash in the middle of a batch', async () => {
    for (let index = 0; index < 30; index++) await writeNote(db(), `note-${index}`);
    const total = 31; // with the one from the first test

    let calls = 0;
    const crashing = consumer(() => {
      if (++calls === 12) throw new Error('consumer crashes while applying its 12th event');
    });
    await expect(crashing.drain()).rejects.toThrow('12th event');

    const resumed = await consumer().drain();
    expect(resumed).toBe(total - 11);
    const [row] = await db()
      .select({ rows: count(), distinct: countDistinct(applied.position) })
      .from(applied);
    expect(row).toEqual({ rows: total, distinct: total });

    // Nothing new: a second drain applies nothing.
    expect(await consumer().drain()).toBe(0);
  });

  it('lets replicas of one consumer drain together without applying an event twice', async () => {
    for (let index = 0; index < 20; index++) await writeNote(db(), `replica-${index}`);
    const perReplica = await Promise.all([consumer().drain(), consumer().drain(), consumer().drain()]);
    expect(perReplica.reduce((sum, applications) => sum + applications, 0)).toBe(20);
    const [row] = await db()
      .select({ rows: count(), distinct: countDistinct(applied.position) })
      .from(applied);
    expect(row!.rows).toBe(row!.distinct);
  });
});

const postgresOnly = databaseKinds().includes('postgres') ? describe : describe.skip;

postgresOnly('a consumer process killed with SIGKILL mid-batch (PostgreSQL)', () => {
  let database: TestDatabase;
  let producer: RunningSubgraph;
  const secret = testInternalSecret();
  const EVENTS = 150;

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    producer = await startTestSubgraph(producerDefinition, database, secret);
    for (let index = 0; index < EVENTS; index++) await writeNote(producer.database.db, `kill-${index}`);
  });
  afterAll(async () => {
    await producer?.stop();
    await database?.drop();
  });

  function runConsumerProcess(delayMs: number) {
    const require = createRequire(import.meta.url);
    const script = fileURLToPath(new URL('./fixtures/consumer-process.ts', import.meta.url));
    return spawn(process.execPath, ['--import', require.resolve('tsx'), script], {
      env: {
        ...process.env,
        DATABASE_URL: database.databaseUrl,
        FEED_URL: feedUrlOf(producer),
        INTERNAL_SECRET: secret,
        DELAY_MS: String(delayMs),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
  }

  const appliedCount = async () => (await producer.database.db.select({ value: count() }).from(applied))[0]!.value;

  it('loses nothing and applies nothing twice', async () => {
    const first = runConsumerProcess(15);
    const exited = new Promise((resolve) => first.once('exit', resolve));
    // Kill it once it is well into its work, inside its first or second batch of 50.
    while ((await appliedCount()) < 20) await new Promise((resolve) => setTimeout(resolve, 20));
    first.kill('SIGKILL');
    await exited;
    const afterKill = await appliedCount();
    expect(afterKill).toBeGreaterThanOrEqual(20);
    expect(afterKill).toBeLessThan(EVENTS);

    const second = runConsumerProcess(0);
    const code = await new Promise((resolve) => second.once('exit', resolve));
    expect(code).toBe(0);

    const [row] = await producer.database.db
      .select({ rows: count(), distinct: countDistinct(applied.position) })
      .from(applied);
    expect(row).toEqual({ rows: EVENTS, distinct: EVENTS });
  });
});
