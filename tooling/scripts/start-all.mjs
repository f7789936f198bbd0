#!/usr/bin/env node
/**
 * `pnpm start`: the whole platform on this machine. Four subgraphs (PGlite in .data/ unless
 * DATABASE_URL is set; migrated and seeded on start), the gateway, the portal and the console.
 * Ctrl-C stops everything; a second start reuses the data.
 *
 * Ports: GATEWAY_PORT (4000), PORTAL_PORT (5173), ADMIN_PORT (5174), and <SUBGRAPH>_PORT
 * (4101–4104). MOTCUA_DATA_DIR moves the embedded databases. `--no-apps` starts the back end only
 * (the benchmark uses it).
 */
import { spawn } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);
const tsxLoader = require.resolve('tsx');
const withApps = !process.argv.includes('--no-apps');
const port = (name, fallback) => Number(process.env[name] ?? fallback);

const ports = {
  organizations: port('ORGANIZATIONS_PORT', 4101),
  procedures: port('PROCEDURES_PORT', 4102),
  dossiers: port('DOSSIERS_PORT', 4103),
  evaluations: port('EVALUATIONS_PORT', 4104),
  gateway: port('GATEWAY_PORT', 4000),
  portal: port('PORTAL_PORT', 5173),
  admin: port('ADMIN_PORT', 5174),
};
const local = (p, path = '') => `http://127.0.0.1:${p}${path}`;

/**
 * The Ed25519 key pair that signs access tokens (organizations) and verifies them (gateway). Kept in
 * the data folder so sessions survive a restart; given explicitly through the environment in production.
 */
function authKeys() {
  if (process.env.MOTCUA_AUTH_PRIVATE_KEY && process.env.MOTCUA_AUTH_PUBLIC_KEY) {
    return { privateKey: process.env.MOTCUA_AUTH_PRIVATE_KEY, publicKey: process.env.MOTCUA_AUTH_PUBLIC_KEY };
  }
  const dir = join(process.env.MOTCUA_DATA_DIR ?? join(root, '.data'), 'auth');
  const privatePath = join(dir, 'access-token-signing.key');
  const publicPath = join(dir, 'access-token-signing.pub');
  if (!existsSync(privatePath) || !existsSync(publicPath)) {
    const pair = generateKeyPairSync('ed25519');
    mkdirSync(dir, { recursive: true });
    writeFileSync(privatePath, pair.privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    writeFileSync(publicPath, pair.publicKey.export({ type: 'spki', format: 'pem' }));
  }
  return { privateKey: readFileSync(privatePath, 'utf8'), publicKey: readFileSync(publicPath, 'utf8') };
}
const keys = authKeys();

// One secret per run unless given: the gateway signs principals with it and the subgraphs verify.
const env = {
  ...process.env,
  MOTCUA_INTERNAL_SECRET: process.env.MOTCUA_INTERNAL_SECRET ?? randomBytes(32).toString('hex'),
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  MOTCUA_AUTH_PRIVATE_KEY: keys.privateKey,
  MOTCUA_AUTH_PUBLIC_KEY: keys.publicKey,
  PROCEDURES_FEED_URL: local(ports.procedures, '/internal/events'),
  ORGANIZATIONS_FEED_URL: local(ports.organizations, '/internal/events'),
  MOTCUA_PORTAL_URL: process.env.MOTCUA_PORTAL_URL ?? local(ports.portal, '/'),
  ORGANIZATIONS_URL: local(ports.organizations, '/graphql'),
  PROCEDURES_URL: local(ports.procedures, '/graphql'),
  DOSSIERS_URL: local(ports.dossiers, '/graphql'),
  EVALUATIONS_URL: local(ports.evaluations, '/graphql'),
  GATEWAY_URL: local(ports.gateway),
};

const children = [];
let stopping = false;

function run(name, command, args, cwd, extraEnv = {}) {
  const child = spawn(command, args, { cwd, env: { ...env, ...extraEnv }, stdio: ['ignore', 'inherit', 'inherit'] });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`\n${name} exited (${signal ?? code}); stopping the platform.`);
      stop(1);
    }
  });
  children.push(child);
  return child;
}

// A first start migrates and seeds every embedded database (the dossiers seed plays its demo dossiers
// through the real transitions); on a busy two-core machine that has taken over two minutes.
const READY_TIMEOUT_MS = Number(process.env.MOTCUA_READY_TIMEOUT_S ?? 420) * 1000;

async function waitUntilReady(name, url, timeoutMs = READY_TIMEOUT_MS) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (stopping) return;
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${name} did not become ready at ${url} within ${timeoutMs / 1000} s`);
}

function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  const force = setTimeout(() => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  }, 10_000);
  Promise.all(
    children.map((child) => (child.exitCode !== null ? null : new Promise((resolve) => child.once('exit', resolve)))),
  ).then(() => {
    clearTimeout(force);
    process.exit(code);
  });
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

/** The seeded demo accounts, read from the seed package through tsx (it is TypeScript). */
async function demoLogins() {
  const seeding = (process.env.MOTCUA_SEED ?? (process.env.DATABASE_URL ? 'false' : 'true')) === 'true';
  if (!seeding) return 'Demo accounts: none (demo data is off; MOTCUA_SEED=true turns it on).';
  const { tsImport } = await import('tsx/esm/api');
  const seed = await tsImport(join(root, 'packages/seed-data/src/demo-accounts.ts'), import.meta.url);
  const width = Math.max(...seed.demoAccounts.map((account) => account.username.length));
  const lines = seed.demoAccounts.map((account) => `  ${account.username.padEnd(width)}  ${account.description}`);
  return `Demo accounts (password for all: ${seed.DEMO_PASSWORD}):\n${lines.join('\n')}`;
}

try {
  const where = process.env.DATABASE_URL
    ? 'PostgreSQL'
    : `the embedded database (PGlite, ${process.env.MOTCUA_DATA_DIR ?? '.data/'})`;
  console.log(`Starting Motcua on ${where}…`);
  for (const name of ['procedures', 'organizations', 'dossiers', 'evaluations']) {
    run(
      name,
      process.execPath,
      ['--import', tsxLoader, join(root, 'subgraphs', name, 'src/main.ts')],
      join(root, 'subgraphs', name),
      {
        PORT: String(ports[name]),
      },
    );
  }
  await Promise.all(
    ['procedures', 'organizations', 'dossiers', 'evaluations'].map((name) =>
      waitUntilReady(name, local(ports[name], '/readyz')),
    ),
  );
  run(
    'gateway',
    process.execPath,
    ['--import', tsxLoader, join(root, 'apps/gateway/src/main.ts')],
    join(root, 'apps/gateway'),
    {
      PORT: String(ports.gateway),
    },
  );
  await waitUntilReady('gateway', local(ports.gateway, '/readyz'));
  for (const app of withApps ? ['portal', 'admin'] : []) {
    const appDir = join(root, 'apps', app);
    const vite = join(dirname(createRequire(join(appDir, 'package.json')).resolve('vite/package.json')), 'bin/vite.js');
    run(
      app,
      process.execPath,
      [
        vite,
        '--port',
        String(ports[app]),
        '--strictPort',
        '--host',
        '127.0.0.1',
        '--clearScreen',
        'false',
        '--logLevel',
        'warn',
      ],
      appDir,
      {
        PORT: String(ports[app]),
      },
    );
  }
  await Promise.all((withApps ? ['portal', 'admin'] : []).map((app) => waitUntilReady(app, local(ports[app], '/'))));
  console.log(`
Motcua is running.
${withApps ? `  Portal (citizens):        ${local(ports.portal, '/')}\n  Console (staff):          ${local(ports.admin, '/')}\n` : ''}  GraphQL API (gateway):    ${local(ports.gateway, '/graphql')}
  GraphiQL for developers:  ${local(ports.gateway, '/graphiql')}
${await demoLogins()}
Press Ctrl-C to stop.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  stop(1);
}
