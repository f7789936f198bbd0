import { runSubgraph } from '@motcua/subgraph-kit';
import { z } from 'zod';
import { DEFAULT_PORT, organizationsSubgraph } from './index.js';

const { MOTCUA_AUTH_PRIVATE_KEY } = z
  .object({ MOTCUA_AUTH_PRIVATE_KEY: z.string().includes('PRIVATE KEY', { message: 'must be a PKCS8 PEM key' }) })
  .parse(process.env);
await runSubgraph(await organizationsSubgraph({ authPrivateKey: MOTCUA_AUTH_PRIVATE_KEY }), DEFAULT_PORT);
