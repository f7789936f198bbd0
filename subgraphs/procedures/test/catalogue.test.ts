import { procedures as seedCatalogue } from '@motcua/seed-data';
import { databaseKinds, querySubgraph, useTestSubgraph } from '@motcua/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import { proceduresSubgraph } from '../src/index.js';

interface Page {
  procedures: {
    totalCount: number;
    edges: { cursor: string; node: { code: string; name: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}
const PAGE = `query ($first: Int, $after: String, $search: String) {
  procedures(first: $first, after: $after, search: $search) {
    totalCount edges { cursor node { code name } } pageInfo { hasNextPage endCursor }
  }
}`;

describe.each(databaseKinds())('the procedure catalogue on %s', (kind) => {
  const running = useTestSubgraph(proceduresSubgraph, kind);
  const page = (variables: Record<string, unknown>) =>
    querySubgraph<Page>(running.subgraph.url, running.secret, PAGE, variables);

  it('finds "giấy phép" when searched without diacritics, and only matching procedures', async () => {
    const { body } = await page({ first: 100, search: 'giay phep' });
    const expected = seedCatalogue.filter((procedure) => procedure.name.toLowerCase().includes('giấy phép'));
    expect(body.data!.procedures.totalCount).toBe(expected.length);
    for (const { node } of body.data!.procedures.edges) expect(node.name.toLowerCase()).toContain('giấy phép');
  });

  it('matches every word of the search, in any order, and the code', async () => {
    const { body } = await page({ first: 5, search: 'KHAI SINH dang ky' });
    expect(body.data!.procedures.edges.map((edge) => edge.node.name)).toContain('Đăng ký khai sinh');
    const byCode = await page({ first: 5, search: '1.001193' });
    expect(byCode.body.data!.procedures.edges[0]?.node.code).toBe('1.001193');
  });

  it('pages through the whole catalogue without repeating or skipping a procedure', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { body }: { body: { data?: Page } } = await page({ first: 17, after });
      seen.push(...body.data!.procedures.edges.map((edge) => edge.node.code));
      if (!body.data!.procedures.pageInfo.hasNextPage) break;
      after = body.data!.procedures.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(seedCatalogue.length);
    expect(new Set(seen).size).toBe(seedCatalogue.length);
  });

  it('refuses a page size outside 0–100 with a typed error on `first`', async () => {
    const { body } = await page({ first: 1000 });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('seeds once: a second start inserts nothing and announces nothing new', async () => {
    const events = await fetch(running.subgraph.url.replace('/graphql', '/internal/events?limit=500'), {
      headers: {
        'x-motcua-principal': await (
          await import('@motcua/subgraph-kit')
        ).signPrincipal({ kind: 'service', subject: 'test' }, running.secret),
      },
    }).then((response) => response.json() as Promise<{ events: unknown[] }>);
    await proceduresSubgraph.seed!(running.subgraph.database.db);
    const again = await page({ first: 0 });
    expect(again.body.data!.procedures.totalCount).toBe(seedCatalogue.length);
    expect(events.events).toHaveLength(seedCatalogue.length);
  });
});
