#!/usr/bin/env node
/** Fails when the committed generated hooks differ from what codegen produces now. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const generated = 'packages/graphql-client/src/generated';
const codegen = spawnSync('pnpm', ['--filter', '@motcua/graphql-client', 'run', 'codegen'], {
  cwd: root,
  stdio: 'inherit',
});
if (codegen.status !== 0) process.exit(1);
const diff = spawnSync('git', ['status', '--porcelain', '--', generated], { cwd: root, encoding: 'utf8' });
if (diff.stdout.trim()) {
  console.error(`${generated} is stale: run \`pnpm codegen\` and commit it.\n${diff.stdout}`);
  process.exit(1);
}
console.log('generated hooks are up to date');
