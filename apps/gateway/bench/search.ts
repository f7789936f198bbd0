/**
 * `pnpm bench`: the portal's procedure search, through the gateway and straight to the procedures
 * subgraph, in one run on this machine, so the ratio shows what the gateway costs.
 * BENCH_DATABASE=postgres runs it on the real server; BENCH_SECONDS and BENCH_CONNECTIONS tune it.
 */
import { cpus, totalmem } from 'node:os';
import autocannon from 'autocannon';
import { PRINCIPAL_HEADER, signPrincipal } from '@motcua/subgraph-kit';
import { startTestPlatform } from '../test/support/platform.js';

const kind = process.env.BENCH_DATABASE === 'postgres' ? 'postgres' : 'pglite';
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const body = JSON.stringify({
  query:
    'query ProcedureSearch($search: String) { procedures(first: 20, search: $search) { totalCount edges { cursor node { id code name field level processingDays } } pageInfo { hasNextPage endCursor } } }',
  variables: { search: 'giay phep' },
});

interface Figures {
  p50: number;
  p99: number;
  rps: number;
  errors: number;
}

async function load(url: string, headers: Record<string, string>, duration: number): Promise<Figures> {
  const result = await autocannon({
    url,
    method: 'POST',
    body,
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

const platform = await startTestPlatform(kind);
try {
  const direct = platform.subgraphs.procedures.url;
  // The principal token lives 60 s; one per measurement keeps it valid throughout.
  const directHeaders = async () => ({
    [PRINCIPAL_HEADER]: await signPrincipal({ kind: 'anonymous' }, platform.internalSecret),
  });

  await load(platform.gatewayUrl, {}, 2); // warm-up: JIT, query plan cache, database caches
  await load(direct, await directHeaders(), 2);
  const viaGateway = await load(platform.gatewayUrl, {}, seconds);
  const straight = await load(direct, await directHeaders(), seconds);

  const row = (name: string, figures: Figures) =>
    `| ${name} | ${figures.p50} | ${figures.p99} | ${figures.rps.toFixed(0)} | ${figures.errors} |`;
  console.log(`\nProcedure search "giay phep", first 20 — ${kind}, ${connections} connections, ${seconds} s each`);
  console.log(
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`,
  );
  console.log('| path | p50 ms | p99 ms | requests/s | errors |');
  console.log('|---|---|---|---|---|');
  console.log(row('through the gateway', viaGateway));
  console.log(row('straight to the procedures subgraph', straight));
  console.log(
    `\nRatios gateway ÷ direct: p50 ${(viaGateway.p50 / straight.p50).toFixed(2)}×, p99 ${(viaGateway.p99 / straight.p99).toFixed(2)}×, throughput ${(viaGateway.rps / straight.rps).toFixed(2)}×`,
  );
  if (viaGateway.errors + straight.errors > 0) process.exitCode = 1;
} finally {
  await platform.stop();
}
