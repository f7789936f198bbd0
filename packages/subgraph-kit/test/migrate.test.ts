import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/database.js';
import { createTestDatabase, databaseKinds } from '../src/testing/index.js';

const fixtures = fileURLToPath(new URL('./fixtures/drizzle', import.meta.url));
const postgresOnly = databaseKinds().includes('postgres') ? describe : describe.skip;

postgresOnly('migrations on a shared PostgreSQL database', () => {
  it('succeed when several processes start at the same instant', async () => {
    const database = await createTestDatabase('postgres');
    const replicas = Array.from({ length: 4 }, () => openDatabase({ databaseUrl: database.databaseUrl, poolSize: 2 }));
    try {
      const results = await Promise.allSettled(replicas.map((replica) => replica.migrate(fixtures, 'kit_test')));
      expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
    } finally {
      await Promise.all(replicas.map((replica) => replica.close()));
      await database.drop();
    }
  });
});
