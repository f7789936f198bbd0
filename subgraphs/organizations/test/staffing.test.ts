import { count } from 'drizzle-orm';
import { databaseKinds, querySubgraph, testSigningKeys, useTestSubgraph } from '@motcua/subgraph-kit/testing';
import { addDays, addMonths, format } from 'date-fns';
import { beforeAll, describe, expect, it } from 'vitest';
import { vietnamToday } from '../src/domain/calendar-date.js';
import { organizationsSubgraph } from '../src/index.js';
import { auditEvents, secondments } from '../src/store/tables.js';
import { demoPrincipal } from './support/principals.js';

interface Section {
  id: string;
  name: string;
  kind: string;
  openingHours: string;
  counters: { id: string; number: number; fields: string[]; servedAgency: { shortName: string } | null }[];
}

const SECTIONS = `{ oneStopSections { id name kind openingHours counters { id number fields servedAgency { shortName } } } }`;
const ADD = `mutation ($input: AddSecondmentInput!) { addSecondment(input: $input) { secondment { id status fields official { fullName } counter { number } } } }`;
const END = `mutation ($input: EndSecondmentInput!) { endSecondment(input: $input) { secondment { endsOn endReason } } }`;
const WARNINGS = `query ($id: ID!) { staffingWarnings(sectionId: $id) { endingSoon { official { fullName } endsOn } uncoveredFields { counter { number } field } } }`;
const OFFICIALS = `{ officials(first: 100) { totalCount edges { node { id fullName yearsOfService homeAgency { shortName } } } } }`;

const day = (date: Date) => format(date, 'yyyy-MM-dd');

describe.each(databaseKinds())('staffing the one-stop sections on %s', (kind) => {
  const running = useTestSubgraph(() => organizationsSubgraph({ authPrivateKey: testSigningKeys().privateKey }), kind);
  const manager = demoPrincipal('quanly.trungtam');
  const call = <T>(query: string, variables: Record<string, unknown> = {}, principal = manager) =>
    querySubgraph<T>(running.subgraph.url, running.secret, query, variables, principal);

  let centre: Section;
  let districtSection: Section;
  let officialIds: Map<string, string>;
  const counterServing = (shortName: string) =>
    centre.counters.find((counter) => counter.servedAgency?.shortName === shortName)!;
  const today = new Date(`${vietnamToday(new Date())}T00:00:00`);
  const aYearFromToday = { startsOn: day(today), endsOn: day(addDays(addMonths(today, 12), -1)) };
  const secondmentCount = async () =>
    (await running.subgraph.database.db.select({ value: count() }).from(secondments))[0]!.value;

  beforeAll(async () => {
    const { body } = await call<{ oneStopSections: Section[] }>(SECTIONS, {}, { kind: 'anonymous' });
    expect(body.errors).toBeUndefined();
    centre = body.data!.oneStopSections.find((section) => section.kind === 'PROVINCIAL_CENTRE')!;
    districtSection = body.data!.oneStopSections.find((section) => section.kind === 'DISTRICT_SECTION')!;
    const officials = await call<{ officials: { edges: { node: { id: string; fullName: string } }[] } }>(OFFICIALS);
    officialIds = new Map(officials.body.data!.officials.edges.map(({ node }) => [node.fullName, node.id]));
  });

  it('lists the centre and the sections to the public, with hours and counters', async () => {
    const { body } = await call<{ oneStopSections: Section[] }>(SECTIONS, {}, { kind: 'anonymous' });
    const kinds = body.data!.oneStopSections.map((section) => section.kind);
    expect(kinds.filter((kind) => kind === 'DISTRICT_SECTION')).toHaveLength(3);
    expect(kinds.filter((kind) => kind === 'COMMUNE_SECTION').length).toBeGreaterThan(0);
    expect(centre.counters.length).toBeGreaterThanOrEqual(12);
    expect(centre.openingHours).toMatch(/Thứ Hai/);
    for (const counter of centre.counters) expect(counter.fields.length).toBeGreaterThan(0);
  });

  it('keeps who sits at a counter from the public', async () => {
    const { body } = await call(
      `{ oneStopSections { counters { officialsOn { fullName } } } }`,
      {},
      { kind: 'anonymous' },
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('has seconded officials from at least eight departments', async () => {
    const { body } = await call<{ officials: { edges: { node: { homeAgency: { shortName: string } } }[] } }>(OFFICIALS);
    expect(
      new Set(body.data!.officials.edges.map(({ node }) => node.homeAgency.shortName)).size,
    ).toBeGreaterThanOrEqual(8);
  });

  it('warns of a secondment ending within 30 days and of uncovered counter fields', async () => {
    const { body } = await call<{
      staffingWarnings: { endingSoon: { official: { fullName: string } }[]; uncoveredFields: { field: string }[] };
    }>(WARNINGS, { id: centre.id });
    expect(body.data!.staffingWarnings.endingSoon.map((row) => row.official.fullName)).toContain('Nguyễn Hoàng Nam');
    expect(body.data!.staffingWarnings.uncoveredFields.map((row) => row.field)).toContain('Tài nguyên nước');
  });

  it('seconds an official to an uncovered field, audits it, and the warning goes away', async () => {
    const counter = counterServing('Sở TN&MT');
    const { body } = await call<{ addSecondment: { secondment: { id: string; status: string; fields: string[] } } }>(
      ADD,
      {
        input: {
          officialId: officialIds.get('Quách Thị Diễm My'),
          counterId: counter.id,
          fields: ['Tài nguyên nước'],
          ...aYearFromToday,
        },
      },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.addSecondment.secondment).toMatchObject({ status: 'ACTIVE', fields: ['Tài nguyên nước'] });
    const warnings = await call<{ staffingWarnings: { uncoveredFields: { field: string }[] } }>(WARNINGS, {
      id: centre.id,
    });
    expect(warnings.body.data!.staffingWarnings.uncoveredFields.map((row) => row.field)).not.toContain(
      'Tài nguyên nước',
    );
    const trail = await running.subgraph.database.db.select().from(auditEvents);
    expect(
      trail.some(
        (event) => event.action === 'secondment.added' && event.subject === body.data!.addSecondment.secondment.id,
      ),
    ).toBe(true);
  });

  it.each([
    ['an official with two years of service', 'Đoàn Thị Mỹ Linh', 'Sở Công Thương', {}, 'BAD_USER_INPUT', 'officialId'],
    ['an official already seconded over the period', 'Nguyễn Thị Thu Trang', 'Sở Tư pháp', {}, 'CONFLICT', 'startsOn'],
    [
      'a field the counter does not receive',
      'Lâm Văn Phước',
      'Sở Tư pháp',
      { fields: ['Đất đai'] },
      'BAD_USER_INPUT',
      'fields',
    ],
    ['a round of three months', 'Lâm Văn Phước', 'Sở Tư pháp', { endsOn: 'SHORT' }, 'BAD_USER_INPUT', 'endsOn'],
  ])(
    'refuses %s with a typed error on the field, writing nothing',
    async (_label, official, department, change, code, field) => {
      const before = await secondmentCount();
      const counter = counterServing(department);
      const input = {
        officialId: officialIds.get(official),
        counterId: counter.id,
        fields: counter.fields,
        ...aYearFromToday,
        ...change,
      } as Record<string, unknown>;
      if (input.endsOn === 'SHORT') input.endsOn = day(addMonths(today, 3));
      const { body } = await call(ADD, { input });
      expect(body.errors?.[0]?.extensions).toMatchObject({ code, field });
      expect(await secondmentCount()).toBe(before);
    },
  );

  it("lets only the section's own manager or a system administrator staff it", async () => {
    const input = {
      officialId: officialIds.get('Hứa Văn Lợi'),
      counterId: districtSection.counters[0]!.id,
      fields: districtSection.counters[0]!.fields,
      ...aYearFromToday,
    };
    const reception = await call(ADD, { input }, demoPrincipal('tiepnhan.trungtam'));
    expect(reception.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const otherManager = await call(ADD, { input });
    expect(otherManager.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await call(ADD, { input }, { kind: 'anonymous' });
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const admin = await call(ADD, { input }, demoPrincipal('admin'));
    expect(admin.body.errors).toBeUndefined();
  });

  it('accepts only one of two simultaneous overlapping secondments of the same official', async () => {
    const counter = counterServing('Sở GD&ĐT');
    const input = {
      officialId: officialIds.get('Lương Văn Đức'),
      counterId: counter.id,
      fields: counter.fields,
      ...aYearFromToday,
    };
    const results = await Promise.all([call(ADD, { input }), call(ADD, { input })]);
    const codes = results.map((result) => result.body.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
  });

  it('ends a secondment early with a reason, and refuses an end date outside it', async () => {
    const { body } = await call<{
      secondments: { edges: { node: { id: string; startsOn: string; endsOn: string } }[] };
    }>('query ($id: ID!) { secondments(sectionId: $id, first: 50) { edges { node { id startsOn endsOn } } } }', {
      id: centre.id,
    });
    const target = body.data!.secondments.edges[0]!.node;
    const outside = await call(END, {
      input: { secondmentId: target.id, endsOn: day(addDays(new Date(`${target.endsOn}T00:00:00`), 1)), reason: 'x' },
    });
    expect(outside.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsOn' });
    const ended = await call<{ endSecondment: { secondment: { endsOn: string; endReason: string } } }>(END, {
      input: { secondmentId: target.id, endsOn: target.startsOn, reason: 'Điều động về cơ quan' },
    });
    expect(ended.body.data!.endSecondment.secondment).toEqual({
      endsOn: target.startsOn,
      endReason: 'Điều động về cơ quan',
    });
  });
});
