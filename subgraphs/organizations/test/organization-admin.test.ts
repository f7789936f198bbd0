import { stableId } from '@motcua/subgraph-kit';
import { databaseKinds, querySubgraph, testSigningKeys, useTestSubgraph } from '@motcua/subgraph-kit/testing';
import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { organizationsSubgraph } from '../src/index.js';
import { agencies, auditEvents, officials } from '../src/store/tables.js';
import { demoPrincipal } from './support/principals.js';

const CREATE_AGENCY = `mutation ($input: AgencyInput!) { createAgency(input: $input) { agency { id electronicId name unit { code } } } }`;
const UPDATE_AGENCY = `mutation ($input: UpdateAgencyInput!) { updateAgency(input: $input) { agency { name phone } } }`;
const CREATE_OFFICIAL = `mutation ($input: OfficialInput!) { createOfficial(input: $input) { official { fullName homeAgency { shortName } } } }`;
const PROVINCE = stableId('administrative-unit', '91');
const JUSTICE = stableId('agency', '000.00.03.H37');

describe.each(databaseKinds())('maintaining agencies and officials on %s', (kind) => {
  const running = useTestSubgraph(() => organizationsSubgraph({ authPrivateKey: testSigningKeys().privateKey }), kind);
  const call = <T>(query: string, variables: Record<string, unknown>, username = 'admin') =>
    querySubgraph<T>(running.subgraph.url, running.secret, query, variables, demoPrincipal(username));
  const rows = async (table: typeof agencies | typeof officials) =>
    (await running.subgraph.database.db.select({ value: count() }).from(table))[0]!.value;

  it('adds an agency under a unit, and refuses a duplicate electronic ID', async () => {
    const input = {
      electronicId: '000.00.18.h37',
      name: 'Sở Ngoại vụ tỉnh Kiên Giang',
      shortName: 'Sở Ngoại vụ',
      kind: 'DEPARTMENT',
      unitId: PROVINCE,
    };
    const { body } = await call<{ createAgency: { agency: { electronicId: string; unit: { code: string } } } }>(
      CREATE_AGENCY,
      { input },
    );
    expect(body.data!.createAgency.agency).toMatchObject({ electronicId: '000.00.18.H37', unit: { code: '91' } });
    const before = await rows(agencies);
    const again = await call(CREATE_AGENCY, { input });
    expect(again.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'electronicId' });
    expect(await rows(agencies)).toBe(before);
  });

  it('updates an agency and keeps what it was in the audit trail', async () => {
    const { body } = await call<{ updateAgency: { agency: { name: string; phone: string } } }>(UPDATE_AGENCY, {
      input: { id: JUSTICE, name: 'Sở Tư pháp tỉnh Kiên Giang', shortName: 'Sở Tư pháp', phone: '0297 3999 999' },
    });
    expect(body.data!.updateAgency.agency.phone).toBe('0297 3999 999');
    const trail = await running.subgraph.database.db.select().from(auditEvents);
    expect(trail.find((event) => event.action === 'agency.updated' && event.subject === JUSTICE)?.detail).toMatchObject(
      { before: { shortName: 'Sở Tư pháp' } },
    );
  });

  it.each([
    [
      'an empty name',
      CREATE_AGENCY,
      { electronicId: '000.00.19.H37', name: ' ', shortName: 'X', kind: 'DEPARTMENT', unitId: PROVINCE },
      'name',
    ],
    [
      'a malformed electronic ID',
      CREATE_AGENCY,
      { electronicId: 'sở ngoại vụ', name: 'X', shortName: 'X', kind: 'DEPARTMENT', unitId: PROVINCE },
      'electronicId',
    ],
  ])('refuses an agency with %s, naming the field', async (_label, mutation, input, field) => {
    const { body } = await call(mutation, { input });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('records an official for the centre manager, and refuses bad years of service', async () => {
    const { body } = await call<{ createOfficial: { official: { homeAgency: { shortName: string } } } }>(
      CREATE_OFFICIAL,
      { input: { fullName: 'Phạm Thị Hoa', position: 'Chuyên viên', homeAgencyId: JUSTICE, yearsOfService: 4 } },
      'quanly.trungtam',
    );
    expect(body.data!.createOfficial.official.homeAgency.shortName).toBe('Sở Tư pháp');
    const before = await rows(officials);
    const bad = await call(CREATE_OFFICIAL, {
      input: { fullName: 'X Y', position: 'Chuyên viên', homeAgencyId: JUSTICE, yearsOfService: -1 },
    });
    expect(bad.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'yearsOfService' });
    expect(await rows(officials)).toBe(before);
  });

  it('is refused to roles that do not maintain the organisation', async () => {
    const agency = await call(UPDATE_AGENCY, { input: { id: JUSTICE, name: 'X', shortName: 'X' } }, 'quanly.trungtam');
    expect(agency.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const official = await call(
      CREATE_OFFICIAL,
      { input: { fullName: 'X Y', position: 'P', homeAgencyId: JUSTICE, yearsOfService: 5 } },
      'tiepnhan.trungtam',
    );
    expect(official.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
