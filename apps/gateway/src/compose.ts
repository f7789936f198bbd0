import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { defaultSubgraphUrl, subgraphs } from './subgraphs.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export function subgraphSdlPath(name: string): string {
  return `${repoRoot}subgraphs/${name}/src/schema.graphql`;
}

/** Composes the supergraph from the subgraphs' SDL files; throws with every composition error. */
export function composeSupergraph(): string {
  const result = composeServices(
    subgraphs.map(({ name, port }) => ({
      name,
      url: defaultSubgraphUrl(port),
      typeDefs: parse(readFileSync(subgraphSdlPath(name), 'utf8')),
    })),
  );
  if (result.errors) {
    const messages = result.errors.map((error) => `- ${error.message}`).join('\n');
    throw new Error(`Supergraph composition failed:\n${messages}`);
  }
  return result.supergraphSdl;
}

export const supergraphPath = fileURLToPath(new URL('../supergraph.graphql', import.meta.url));
