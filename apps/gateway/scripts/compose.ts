/**
 * `pnpm compose` writes apps/gateway/supergraph.graphql from the subgraphs' SDL.
 * `--check` (the build) fails when composition fails or the committed file is stale.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { composeSupergraph, supergraphPath } from '../src/compose.js';

const check = process.argv.includes('--check');
const supergraph = composeSupergraph();
const committed = existsSync(supergraphPath) ? readFileSync(supergraphPath, 'utf8') : '';

if (check) {
  if (committed !== supergraph) {
    console.error('apps/gateway/supergraph.graphql is stale: run `pnpm compose` and commit it.');
    process.exit(1);
  }
  console.log('supergraph.graphql is up to date');
} else if (committed !== supergraph) {
  writeFileSync(supergraphPath, supergraph);
  console.log(`wrote ${supergraphPath}`);
} else {
  console.log('supergraph.graphql unchanged');
}
