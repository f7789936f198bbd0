/**
 * The four subgraphs, where their SDL lives and where they answer by default. Composition reads the
 * SDL files; the gateway reads the URLs (overridable per subgraph with <NAME>_URL).
 */
export const subgraphs = [
  { name: 'organizations', port: 4101 },
  { name: 'procedures', port: 4102 },
  { name: 'dossiers', port: 4103 },
  { name: 'evaluations', port: 4104 },
] as const;

export type SubgraphName = (typeof subgraphs)[number]['name'];

export function defaultSubgraphUrl(port: number): string {
  return `http://localhost:${port}/graphql`;
}
