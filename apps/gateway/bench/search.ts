/**
 * `pnpm bench`: the portal's procedure search, through the gateway and straight to the procedures
 * subgraph, in one run on this machine, so the ratio shows what the gateway costs.
 *
 * The platform runs as `pnpm start` runs it — each subgraph and the gateway in its own process, on
 * a fresh embedded database (or BENCH_DATABASE=postgres: a fresh PostgreSQL database) — and the
 * load comes from this process. The catalogue grows to BENCH_PROCEDURES (5 000) generated procedures,
 * imported through the gateway as a catalogue editor would. BENCH_SECONDS and BENCH_CONNECTIONS tune the run.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { PRINCIPAL_HEADER, signPrincipal } from '@motcua/subgraph-kit';
import { createTestDatabase, type TestDatabase } from '@motcua/subgraph-kit/testing';
import { DEMO_PASSWORD } from '@motcua/seed-data';
import { generatedCatalogue } from './generated-catalogue.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const kind = process.env.BENCH_DATABASE === 'postgres' ? 'postgres' : 'pglite';
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const PORTS = {
  GATEWAY_PORT: '24000',
  ORGANIZATIONS_PORT: '24101',
  PROCEDURES_PORT: '24102',
  DOSSIERS_PORT: '24103',
  EVALUATIONS_PORT: '24104',
};
const gatewayUrl = `http://127.0.0.1:${PORTS.GATEWAY_PORT}/graphql`;
const subgraphUrl = `http://127.0.0.1:${PORTS.PROCEDURES_PORT}/graphql`;
const catalogueSize = Number(process.env.BENCH_PROCEDURES ?? 5000);
const SEARCH_QUERY =
  'query ProcedureSearch($search: String) { procedures(first: 20, search: $search) { totalCount edges { cursor node { id code name field level currentVersion { processingTime { value unit } } } } pageInfo { hasNextPage endCursor } } }';
/** What people type: words without diacritics, and a near miss that only the trigram tier finds. */
const SEARCHES = { words: 'giay phep xay dung', typo: 'dang ki khai sih' };

interface Figures {
  p50: number;
  p99: number;
  rps: number;
  errors: number;
}

async function load(url: string, headers: Record<string, string>, duration: number, search: string): Promise<Figures> {
  const result = await autocannon({
    url,
    method: 'POST',
    body: JSON.stringify({ query: SEARCH_QUERY, variables: { search } }),
    headers: { 'content-type': 'application/json', ...headers },
    connections,
    duration,
  });
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: result.requests.average,
    errors: result.errors + result.non2xx,
  };
}

async function startPlatform(secret: string, database: TestDatabase, dataDir: string) {
  // Seeded on PostgreSQL too: the catalogue editor's demo account loads the generated catalogue.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...PORTS,
    MOTCUA_INTERNAL_SECRET: secret,
    MOTCUA_DATA_DIR: dataDir,
    MOTCUA_SEED: 'true',
  };
  if (database.databaseUrl) env.DATABASE_URL = database.databaseUrl;
  else delete env.DATABASE_URL;
  const platform = spawn(process.execPath, [join(root, 'tooling/scripts/start-all.mjs'), '--no-apps'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let output = '';
    platform.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Motcua is running.')) resolve();
    });
    platform.once('exit', (code) => reject(new Error(`platform exited with ${code}:\n${output}`)));
  });
  return async () => {
    const exited = new Promise((resolve) => platform.once('exit', resolve));
    platform.kill('SIGINT');
    await exited;
  };
}

async function gatewayCall<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const result = (await response.json()) as { data?: T; errors?: unknown[] };
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!;
}

/** Signs in as the demo catalogue editor and imports the generated procedures, published, in chunks. */
async function loadGeneratedCatalogue(count: number): Promise<number> {
  const { signIn } = await gatewayCall<{ signIn: { accessToken: string } }>(
    'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }',
    { input: { username: 'bientap.danhmuc', password: DEMO_PASSWORD } },
  );
  const chunk = 500;
  for (let start = 0; start < count; start += chunk) {
    await gatewayCall(
      'mutation ($content: String!, $publishWith: PublicationDecisionInput) { importCatalogue(content: $content, publishWith: $publishWith) { created } }',
      {
        content: generatedCatalogue(Math.min(chunk, count - start), start),
        publishWith: { number: '9999/QĐ-UBND', signedOn: '2026-01-01', signer: 'Benchmark' },
      },
      signIn.accessToken,
    );
  }
  const { procedures } = await gatewayCall<{ procedures: { totalCount: number } }>(
    '{ procedures(first: 0) { totalCount } }',
    {},
  );
  return procedures.totalCount;
}

const secret = randomBytes(32).toString('hex');
const database = await createTestDatabase(kind);
const dataDir = mkdtempSync(join(tmpdir(), 'motcua-bench-'));
const stopPlatform = await startPlatform(secret, database, dataDir);
try {
  // A subgraph accepts only the gateway's signed principal; the token lives 60 s, so sign one per run.
  const directHeaders = async () => ({ [PRINCIPAL_HEADER]: await signPrincipal({ kind: 'anonymous' }, secret) });

  const loaded = await loadGeneratedCatalogue(catalogueSize);
  console.log(`\nCatalogue: ${loaded} procedures (${catalogueSize} generated through importCatalogue, plus the seed).`);
  console.log(
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  );
  for (const [label, search] of Object.entries(SEARCHES)) {
    await load(gatewayUrl, {}, 2, search); // warm-up: JIT, query-plan cache, database caches
    await load(subgraphUrl, await directHeaders(), 2, search);
    const viaGateway = await load(gatewayUrl, {}, seconds, search);
    const straight = await load(subgraphUrl, await directHeaders(), seconds, search);

    const row = (name: string, figures: Figures) =>
      `| ${name} | ${figures.p50} | ${figures.p99} | ${figures.rps.toFixed(0)} | ${figures.errors} |`;
    console.log(
      `\nProcedure search (${label}) "${search}", first 20 — ${kind}, ${connections} connections, ${seconds} s each\n`,
    );
    console.log('| path | p50 ms | p99 ms | requests/s | errors |');
    console.log('|---|---|---|---|---|');
    console.log(row('through the gateway', viaGateway));
    console.log(row('straight to the procedures subgraph', straight));
    console.log(
      `\nRatios gateway ÷ direct: p50 ${(viaGateway.p50 / straight.p50).toFixed(2)}×, p99 ${(viaGateway.p99 / straight.p99).toFixed(2)}×, throughput ${(viaGateway.rps / straight.rps).toFixed(2)}×`,
    );
    if (viaGateway.errors + straight.errors > 0) process.exitCode = 1;
  }
} finally {
  await stopPlatform();
  await database.drop();
  rmSync(dataDir, { recursive: true, force: true });
}
