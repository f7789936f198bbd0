import { databaseKinds, querySubgraph, useTestSubgraph } from '@motcua/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import { evaluationsSubgraph } from '../src/index.js';

describe.each(databaseKinds())('ratings on %s', (kind) => {
  const running = useTestSubgraph(evaluationsSubgraph, kind);
  const RATINGS = '{ ratings(first: 50) { totalCount edges { node { satisfaction dossier { id } } } } }';

  it('are not shown to the anonymous public', async () => {
    const { body } = await querySubgraph(running.subgraph.url, running.secret, RATINGS);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('are not shown to citizens', async () => {
    const { body } = await querySubgraph(
      running.subgraph.url,
      running.secret,
      RATINGS,
      {},
      { kind: 'citizen', subject: 'c1', roles: [], scopes: [] },
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('are listed for staff, one per returned seed dossier', async () => {
    const staff = {
      kind: 'staff' as const,
      subject: 's1',
      roles: [{ role: 'SYSTEM_ADMIN' as const, scopeId: 'province' }],
      scopes: [],
    };
    const { body } = await querySubgraph<{
      ratings: { totalCount: number; edges: { node: { dossier: { id: string } } }[] };
    }>(running.subgraph.url, running.secret, RATINGS, {}, staff);
    const dossierIds = body.data!.ratings.edges.map((edge) => edge.node.dossier.id);
    expect(body.data!.ratings.totalCount).toBeGreaterThan(0);
    expect(new Set(dossierIds).size).toBe(dossierIds.length);
  });
});
