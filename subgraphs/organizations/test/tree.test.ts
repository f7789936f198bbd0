import { stableId } from '@motcua/subgraph-kit';
import { eq } from 'drizzle-orm';
import { administrativeUnits as unitsTable } from '../src/store/tables.js';
import { administrativeUnits, agencies } from '@motcua/seed-data';
import { databaseKinds, querySubgraph, testSigningKeys, useTestSubgraph } from '@motcua/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import { organizationsSubgraph } from '../src/index.js';

describe.each(databaseKinds())('the administrative tree and agencies on %s', (kind) => {
  const running = useTestSubgraph(() => organizationsSubgraph({ authPrivateKey: testSigningKeys().privateKey }), kind);
  const query = <T>(text: string, variables: Record<string, unknown> = {}) =>
    querySubgraph<T>(running.subgraph.url, running.secret, text, variables);

  it('has the province at the root with its districts below, each knowing its communes', async () => {
    const { body } = await query<{
      administrativeUnitRoots: {
        name: string;
        level: string;
        childCount: number;
        children: { name: string; level: string; childCount: number }[];
      }[];
    }>('{ administrativeUnitRoots { name level childCount children { name level childCount } } }');
    const [province] = body.data!.administrativeUnitRoots;
    expect(province).toMatchObject({ name: 'Tỉnh Kiên Giang', level: 'PROVINCE' });
    const districts = administrativeUnits.filter((unit) => unit.level === 'DISTRICT');
    expect(province!.childCount).toBe(districts.length);
    expect(province!.children.map((child) => child.name)).toContain('Thành phố Rạch Giá');
    const rachGia = province!.children.find((child) => child.name === 'Thành phố Rạch Giá')!;
    expect(rachGia.childCount).toBeGreaterThan(0);
  });

  it('pages through agencies by kind with a total', async () => {
    const { body } = await query<{ agencies: { totalCount: number; edges: { node: { kind: string } }[] } }>(
      'query ($kind: AgencyKind) { agencies(first: 100, kind: $kind) { totalCount edges { node { kind } } } }',
      { kind: 'DEPARTMENT' },
    );
    expect(body.data!.agencies.totalCount).toBe(agencies.filter((agency) => agency.kind === 'DEPARTMENT').length);
    expect(body.data!.agencies.edges.every((edge) => edge.node.kind === 'DEPARTMENT')).toBe(true);
  });

  it('resolves agency references in one statement, in key order, with null for unknown keys', async () => {
    const ids = (
      await query<{ agencies: { edges: { node: { id: string } }[] } }>(
        '{ agencies(first: 5) { edges { node { id } } } }',
      )
    ).body.data!.agencies.edges.map((edge) => edge.node.id);
    const representations = [...ids.reverse(), '00000000-0000-5000-8000-000000000000'].map((id) => ({
      __typename: 'Agency',
      id,
    }));
    const before = running.subgraph.database.statementCount();
    const { body } = await query<{ _entities: ({ id: string } | null)[] }>(
      'query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Agency { id } } }',
      { representations },
    );
    expect(running.subgraph.database.statementCount() - before).toBe(1);
    expect(body.data!._entities.map((entity) => entity?.id ?? null)).toEqual([...ids, null]);
  });

  it('keeps a merged commune readable: gone from the current tree, linked to its successor', async () => {
    const [merged, into] = administrativeUnits.filter((unit) => unit.parentCode === '899');
    const db = running.subgraph.database.db;
    await db
      .update(unitsTable)
      .set({ validTo: '2025-06-30', successorId: stableId('administrative-unit', into!.code) })
      .where(eq(unitsTable.code, merged!.code));

    const { body } = await query<{
      administrativeUnit: {
        childCount: number;
        children: { code: string }[];
        all: { code: string; validTo: string | null; successor: { code: string } | null }[];
      };
    }>(
      `query ($id: ID!) { administrativeUnit(id: $id) { childCount children { code } all: children(includeFormer: true) { code validTo successor { code } } } }`,
      { id: stableId('administrative-unit', '899') },
    );
    const unit = body.data!.administrativeUnit;
    expect(unit.children.map((child) => child.code)).not.toContain(merged!.code);
    expect(unit.childCount).toBe(unit.children.length);
    expect(unit.all.find((child) => child.code === merged!.code)).toEqual({
      code: merged!.code,
      validTo: '2025-06-30',
      successor: { code: into!.code },
    });

    const successor = await query<{ administrativeUnit: { predecessors: { code: string }[] } }>(
      'query ($id: ID!) { administrativeUnit(id: $id) { predecessors { code } } }',
      { id: stableId('administrative-unit', into!.code) },
    );
    expect(successor.body.data!.administrativeUnit.predecessors).toEqual([{ code: merged!.code }]);
  });
});
