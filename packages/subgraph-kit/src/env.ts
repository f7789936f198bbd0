/**
 * The one place that reads environment variables for a subgraph process (DESIGN.md §6: read once,
 * validated). Everything else receives these values as arguments, so tests can pass their own.
 */
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

const schema = z.object({
  DATABASE_URL: z.string().url().optional(),
  MOTCUA_DATA_DIR: z.string().default(`${repoRoot}.data`),
  MOTCUA_INTERNAL_SECRET: z.string().min(32, 'MOTCUA_INTERNAL_SECRET must be at least 32 characters'),
  /**
   * Demo data (and demo accounts with a published password). On by default only for the embedded
   * database, so a real PostgreSQL deployment never gets them unless it asks.
   */
  MOTCUA_SEED: z.enum(['true', 'false']).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HOST: z.string().default('127.0.0.1'),
});

export type SubgraphEnv = Omit<z.infer<typeof schema>, 'MOTCUA_SEED'> & { port: number; seed: boolean };

export function readSubgraphEnv(name: string, defaultPort: number): SubgraphEnv {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`${name}: invalid environment:\n  ${problems.join('\n  ')}`);
  }
  const port = Number(process.env.PORT ?? process.env[`${name.toUpperCase()}_PORT`] ?? defaultPort);
  const seed = (parsed.data.MOTCUA_SEED ?? (parsed.data.DATABASE_URL ? 'false' : 'true')) === 'true';
  return { ...parsed.data, port, seed };
}
