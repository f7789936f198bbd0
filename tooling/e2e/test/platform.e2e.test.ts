import { describe, expect, it } from 'vitest';

describe('the started platform', () => {
  it('serves GraphiQL from its own bundle, loading nothing from outside', async () => {
    const page = await fetch(`${process.env.GATEWAY_URL}/graphiql`).then((response) => response.text());
    const sources = [...page.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) {
      expect(source.startsWith('/graphiql/')).toBe(true);
      const asset = await fetch(`${process.env.GATEWAY_URL}${source}`);
      expect(asset.status).toBe(200);
    }
  });

  it('answers the public procedures query through the portal origin', async () => {
    const response = await fetch(`${process.env.PORTAL_URL}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ procedures(first: 1, search: "giay phep") { totalCount edges { node { name } } } }',
      }),
    });
    const body = (await response.json()) as {
      data: { procedures: { totalCount: number; edges: { node: { name: string } }[] } };
    };
    expect(body.data.procedures.totalCount).toBeGreaterThan(0);
    expect(body.data.procedures.edges[0]!.node.name.toLowerCase()).toContain('giấy phép');
  });
});
