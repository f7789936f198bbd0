import {
  catalogueEntries as seedEntries,
  laterVersions,
  procedures as seedCatalogue,
  procedureTerms,
} from '@motcua/seed-data';
import { rows, stableId, vietnamToday } from '@motcua/subgraph-kit';
import { sql } from 'drizzle-orm';
import {
  databaseKinds,
  feedEvents,
  feedEventsOnce,
  querySubgraph,
  useTestSubgraph,
} from '@motcua/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import { foldVietnamese } from '../src/domain/search-text.js';
import { proceduresSubgraph } from '../src/index.js';
import { NEAR_MISS_THRESHOLD } from '../src/store/queries.js';
import { callers } from './support/callers.js';

interface Page {
  procedures: {
    totalCount: number;
    edges: { cursor: string; node: { code: string; name: string; level: string; field: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}
const PAGE = `query ($first: Int, $after: String, $search: String, $level: AdminLevel, $field: String, $onlineLevel: OnlineServiceLevel, $sectionId: ID) {
  procedures(first: $first, after: $after, search: $search, level: $level, field: $field, onlineLevel: $onlineLevel, sectionId: $sectionId) {
    totalCount edges { cursor node { code name level field } } pageInfo { hasNextPage endCursor }
  }
}`;
const CENTRE = stableId('one-stop-section', '000.00.01.H37');

/** The seed's terms as they stand today: later versions already in force applied in order. */
function termsInForce(procedure: (typeof seedCatalogue)[number]) {
  const today = vietnamToday();
  return laterVersions
    .filter((version) => version.procedureCode === procedure.code && version.effectiveFrom <= today)
    .reduce((terms, version) => version.change(terms), procedureTerms(procedure));
}

describe.each(databaseKinds())('the public procedure catalogue on %s', (kind) => {
  const running = useTestSubgraph(proceduresSubgraph, kind);
  const page = (variables: Record<string, unknown>) =>
    querySubgraph<Page>(running.subgraph.url, running.secret, PAGE, variables).then(({ body }) => body);

  it('finds every "giấy phép" searched without diacritics, exact matches before near misses', async () => {
    const { data } = await page({ first: 100, search: 'giay phep' });
    const expected = seedCatalogue.filter((procedure) => foldVietnamese(procedure.name).includes('giay phep'));
    const names = data!.procedures.edges.map((edge) => foldVietnamese(edge.node.name));
    expect(names.slice(0, expected.length).every((name) => name.includes('giay phep'))).toBe(true);
    expect(data!.procedures.totalCount).toBeGreaterThanOrEqual(expected.length);
  });

  it('puts the procedure whose name is the search first, finds the code, and forgives a typo', async () => {
    const exact = await page({ first: 5, search: 'dang ky khai sinh' });
    expect(exact.data!.procedures.edges[0]!.node.name).toBe('Đăng ký khai sinh');
    const anyOrder = await page({ first: 20, search: 'KHAI SINH dang ky' });
    expect(anyOrder.data!.procedures.edges.map((edge) => edge.node.name)).toContain('Đăng ký khai sinh');
    const byCode = await page({ first: 5, search: '1.001193' });
    expect(byCode.data!.procedures.edges[0]?.node.code).toBe('1.001193');
    const typo = await page({ first: 5, search: 'dang ki khai sih' });
    expect(typo.data!.procedures.edges.map((edge) => edge.node.name)).toContain('Đăng ký khai sinh');
  });

  it('filters by level, field, online level and receiving place', async () => {
    const communes = await page({ first: 100, level: 'COMMUNE' });
    expect(communes.data!.procedures.totalCount).toBe(seedCatalogue.filter((p) => p.level === 'COMMUNE').length);
    const civil = await page({ first: 100, field: 'Hộ tịch' });
    expect(civil.data!.procedures.edges.every((edge) => edge.node.field === 'Hộ tịch')).toBe(true);
    const fullyOnline = await page({ first: 100, onlineLevel: 'FULL' });
    const expectedOnline = seedCatalogue.filter((procedure) => termsInForce(procedure).onlineLevel === 'FULL');
    expect(fullyOnline.data!.procedures.totalCount).toBe(expectedOnline.length);
    const atCentre = await page({ first: 0, sectionId: CENTRE });
    expect(atCentre.data!.procedures.totalCount).toBe(
      seedEntries.filter((entry) => entry.sectionAgencyElectronicId === '000.00.01.H37').length,
    );
  });

  it('pages through the whole catalogue, and through a ranked search, without repeating or skipping', async () => {
    for (const search of [null, 'giay']) {
      const seen: string[] = [];
      let after: string | null = null;
      let total = 0;
      for (;;) {
        const { data }: { data?: Page } = await page({ first: 17, after, search });
        total = data!.procedures.totalCount;
        seen.push(...data!.procedures.edges.map((edge) => edge.node.code));
        if (!data!.procedures.pageInfo.hasNextPage) break;
        after = data!.procedures.pageInfo.endCursor;
      }
      expect(seen).toHaveLength(total);
      expect(new Set(seen).size).toBe(total);
      if (search === null) expect(total).toBe(seedCatalogue.length);
    }
  });

  it('matches near misses at the threshold the search assumes (pg_trgm.word_similarity_threshold)', async () => {
    // The setting exists once pg_trgm is loaded in the session, so ask on one connection, after using it.
    const setting = await running.subgraph.database.db.transaction(async (tx) => {
      await rows(tx, sql`select word_similarity('a', 'a')`);
      return (
        await rows<{ threshold: string }>(
          tx,
          sql`select current_setting('pg_trgm.word_similarity_threshold') as threshold`,
        )
      )[0];
    });
    expect(Number(setting!.threshold)).toBe(NEAR_MISS_THRESHOLD);
  });

  it('refuses a page size outside 0–100 and a forged cursor with typed errors', async () => {
    expect((await page({ first: 1000 })).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
    const forged = Buffer.from(JSON.stringify([1.5, 'x', 'y'])).toString('base64url');
    expect((await page({ after: forged })).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });

  it('reports each place’s share of procedures handled fully on site against its target', async () => {
    const { body } = await querySubgraph<{ _entities: any[] }>(
      running.subgraph.url,
      running.secret,
      `query ($representations: [_Any!]!) { _entities(representations: $representations) {
        ... on OneStopSection { onSiteReport { procedureCount fullyOnSiteCount target meetsTarget } catalogue { fullyOnSite } } } }`,
      { representations: [{ __typename: 'OneStopSection', id: CENTRE, kind: 'PROVINCIAL_CENTRE' }] },
      callers.anonymous,
    );
    const entries = seedEntries.filter((entry) => entry.sectionAgencyElectronicId === '000.00.01.H37');
    const onSite = entries.filter((entry) => entry.fullyOnSite).length;
    expect(body.data!._entities[0].onSiteReport).toEqual({
      procedureCount: entries.length,
      fullyOnSiteCount: onSite,
      target: 0.2,
      meetsTarget: onSite * 5 >= entries.length,
    });
    expect(body.data!._entities[0].catalogue).toHaveLength(entries.length);
  });

  it('seeds once: a second start inserts nothing and announces nothing new', async () => {
    const seeded = seedCatalogue.length + laterVersions.length;
    const before = await feedEventsOnce(running.subgraph.url, running.secret, (events) => events.length >= seeded);
    expect(before).toHaveLength(seeded);
    await proceduresSubgraph.seed!(running.subgraph.database.db);
    const again = await page({ first: 0 });
    expect(again.data!.procedures.totalCount).toBe(seedCatalogue.length);
    expect(await feedEvents(running.subgraph.url, running.secret)).toHaveLength(before.length);
  });
});
