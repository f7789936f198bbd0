/** The one place that reads the gateway's environment, validated. */
import { z } from 'zod';
import { defaultSubgraphUrl, subgraphs, type SubgraphName } from './subgraphs.js';

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('127.0.0.1'),
  MOTCUA_INTERNAL_SECRET: z.string().min(32, 'MOTCUA_INTERNAL_SECRET must be at least 32 characters'),
  /** PEM (SPKI) public key that verifies staff and citizen tokens (EdDSA), issued at sign-in. */
  MOTCUA_AUTH_PUBLIC_KEY: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface GatewayEnv {
  port: number;
  host: string;
  internalSecret: string;
  authPublicKey?: string;
  logLevel: string;
  subgraphUrls: Record<SubgraphName, string>;
}

export function readGatewayEnv(): GatewayEnv {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`gateway: invalid environment:\n  ${problems.join('\n  ')}`);
  }
  const subgraphUrls = Object.fromEntries(
    subgraphs.map(({ name, port }) => [name, process.env[`${name.toUpperCase()}_URL`] ?? defaultSubgraphUrl(port)]),
  ) as Record<SubgraphName, string>;
  return {
    port: parsed.data.PORT,
    host: parsed.data.HOST,
    internalSecret: parsed.data.MOTCUA_INTERNAL_SECRET,
    authPublicKey: parsed.data.MOTCUA_AUTH_PUBLIC_KEY,
    logLevel: parsed.data.LOG_LEVEL,
    subgraphUrls,
  };
}
