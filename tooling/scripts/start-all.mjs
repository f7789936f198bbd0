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
import { randomBytes } from 'node:crypto';
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

// One secret per run unless given: the gateway signs principals with it and the subgraphs verify.
const env = {
  ...process.env,
  MOTCUA_INTERNAL_SECRET: process.env.MOTCUA_INTERNAL_SECRET ?? randomBytes(32).toString('hex'),
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  PROCEDURES_FEED_URL: local(ports.procedures, '/internal/events'),
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

async function waitUntilReady(name, url, timeoutMs = 120_000) {
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

try {
  console.log(
    `Starting Motcua on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'the embedded database (PGlite, .data/)'}…`,
  );
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
  Portal (citizens):        ${local(ports.portal, '/')}
  Console (staff):          ${local(ports.admin, '/')}
  GraphQL API (gateway):    ${local(ports.gateway, '/graphql')}
  GraphiQL for developers:  ${local(ports.gateway, '/graphiql')}
Demo logins: none yet; the portal and the console's first pages are public (sign-in arrives with issue 3).
Press Ctrl-C to stop.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  stop(1);
}
