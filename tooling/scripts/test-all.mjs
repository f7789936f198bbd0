#!/usr/bin/env node
/**
 * `pnpm test`: every test of the platform, then one line `N passed, N failed` that adds them up.
 *  1. static checks: the committed supergraph and generated hooks are current, TypeScript and
 *     Prettier are happy;
 *  2. every package's Vitest suite (unit + integration on PGlite and PostgreSQL), through turbo;
 *  3. the end-to-end suite: the platform started as `pnpm start` starts it, driven in Chromium.
 * Each static check counts as one test; each suite reports its own counts in .test-results/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const onlyUnit = process.argv.includes('--no-e2e');
// turbo otherwise sends anonymous usage data; the platform's machines talk to no one.
process.env.TURBO_TELEMETRY_DISABLED = '1';
let passed = 0;
let failed = 0;

function run(label, command, args, options = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  return result.status === 0;
}

function check(label, command, args) {
  if (run(label, command, args)) passed++;
  else {
    failed++;
    console.error(`✗ ${label}`);
  }
}

const suiteDirs = ['apps', 'subgraphs', 'packages', 'tooling'].flatMap((group) =>
  readdirSync(join(root, group), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(root, group, entry.name)),
);
for (const dir of suiteDirs) rmSync(join(dir, '.test-results'), { recursive: true, force: true });

check('supergraph.graphql is composed from the current subgraph schemas', 'pnpm', [
  '--filter',
  '@motcua/gateway',
  'run',
  'build',
]);
check('generated GraphQL hooks match the supergraph and operations', 'node', ['tooling/scripts/check-codegen.mjs']);
check('TypeScript compiles everywhere', 'pnpm', ['turbo', 'run', 'typecheck', '--output-logs=errors-only']);
check('formatting follows the shared Prettier config', 'pnpm', ['turbo', 'run', 'lint', '--output-logs=errors-only']);

const unitOk = run('package suites (Vitest)', 'pnpm', [
  'turbo',
  'run',
  'test',
  '--continue',
  '--concurrency=2',
  '--output-logs=full',
]);
const e2eOk = onlyUnit || run('end-to-end suite (Chromium)', 'pnpm', ['--filter', '@motcua/e2e', 'run', 'e2e']);

let suites = 0;
for (const dir of suiteDirs) {
  const report = join(dir, '.test-results', 'vitest.json');
  if (!existsSync(report)) continue;
  const result = JSON.parse(readFileSync(report, 'utf8'));
  suites++;
  passed += result.numPassedTests;
  failed += result.numFailedTests;
  // A suite that crashed before reporting its tests still counts as a failure below.
  if (!result.success && result.numFailedTests === 0) failed++;
}
if (!unitOk && failed === 0) failed++;
if (!e2eOk && failed === 0) failed++;

console.log(`\n${suites} suites`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && unitOk && e2eOk ? 0 : 1);
