/**
 * Dossiers in the whole platform: the read copies fed from the procedures and organizations
 * outboxes (each event applied once, and not again after a restart), and a dossier read through the
 * gateway with the procedure and agencies the other subgraphs resolve.
 */
import { dossiersSubgraph } from '@motcua/dossiers';
import { createLogger, rows, stableId } from '@motcua/subgraph-kit';
import { databaseKinds } from '@motcua/subgraph-kit/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from './support/platform.js';

const CENTRE = stableId('agency', '000.00.01.H37');
const PRACTICE_CERTIFICATE = stableId('procedure', '1.009982');
const PROVINCE_UNIT = stableId('administrative-unit', '91');

describe.each(databaseKinds())('dossiers across the platform on %s', (kind) => {
  let platform: TestPlatform;
  const dossiersDb = () => platform.subgraphs.dossiers.database.db;
  const drain = async () => {
    let applied = 0;
    for (const consumer of platform.subgraphs.dossiers.consumers) applied += await consumer.drain();
    return applied;
  };
  // The feed serves only transactions older than every running one: poll until it has caught up.
  const drainUntil = async (done: () => Promise<boolean>) => {
    for (let attempt = 0; attempt < 50 && !(await done()); attempt += 1) {
      await drain();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const count = async (query: ReturnType<typeof sql>) => Number((await rows<{ n: number }>(dossiersDb(), query))[0]!.n);

  beforeAll(async () => {
    platform = await startTestPlatform(kind);
  });
  afterAll(async () => platform?.stop());

  it('keeps each published procedure version once, and a restarted consumer applies nothing again', async () => {
    const seeded = await count(sql`select count(*)::int as n from dossiers.procedure_versions`);
    await drainUntil(
      async () =>
        (await count(
          sql`select count(*)::int as n from dossiers.procedure_versions where source_position <> 'seed'`,
        )) === seeded,
    );
    // The procedures seed publishes the very versions the dossiers seed copied: same ids, no duplicates.
    expect(await count(sql`select count(*)::int as n from dossiers.procedure_versions`)).toBe(seeded);
    expect(await drain()).toBe(0);

    const restarted = dossiersSubgraph({
      proceduresFeedUrl: platform.subgraphs.procedures.url.replace('/graphql', '/internal/events'),
      organizationsFeedUrl: platform.subgraphs.organizations.url.replace('/graphql', '/internal/events'),
      portalUrl: 'http://portal.test/',
    }).consumers!({ db: dossiersDb(), internalSecret: platform.internalSecret, log: createLogger('test', 'silent') });
    const again = await Promise.all(restarted.map((consumer) => consumer.drain()));
    expect(again).toEqual([0, 0]);
  });

  it('learns a new agency’s electronic ID from the organizations feed', async () => {
    const admin = await platform.staffToken([{ role: 'SYSTEM_ADMIN', scopeId: CENTRE }]);
    const { body } = await platform.query<{ createAgency: { agency: { id: string } } }>(
      `mutation($input: AgencyInput!) { createAgency(input: $input) { agency { id } } }`,
      {
        input: {
          electronicId: '000.00.77.H37',
          name: 'Ban Quản lý Khu kinh tế Phú Quốc',
          shortName: 'BQL KKT Phú Quốc',
          kind: 'DEPARTMENT',
          unitId: PROVINCE_UNIT,
        },
      },
      admin,
    );
    expect(body.errors).toBeUndefined();
    const id = body.data!.createAgency.agency.id;
    await drainUntil(
      async () => (await count(sql`select count(*)::int as n from dossiers.agency_copies where id = ${id}`)) === 1,
    );
    const [copy] = await rows<{ electronic_id: string; name: string }>(
      dossiersDb(),
      sql`select electronic_id, name from dossiers.agency_copies where id = ${id}`,
    );
    expect(copy).toEqual({ electronic_id: '000.00.77.H37', name: 'Ban Quản lý Khu kinh tế Phú Quốc' });
  });

  it('a dossier received through the gateway reads its procedure and agencies from the other subgraphs', async () => {
    const reception = await platform.staffToken([{ role: 'RECEPTION_OFFICER', scopeId: CENTRE }]);
    const { body } = await platform.query<{
      receiveAtCounter: { dossier: Record<string, any> };
    }>(
      `mutation($input: CounterReceptionInput!) { receiveAtCounter(input: $input) { dossier {
        code status procedure { code name } receivingAgency { name electronicId } deadline { dueAt }
      } } }`,
      {
        input: {
          idempotencyKey: crypto.randomUUID(),
          procedureId: PRACTICE_CERTIFICATE,
          receivingAgencyId: CENTRE,
          applicant: { kind: 'PERSON', name: 'Trần Văn Dân', idNumber: '091234567890', address: 'Rạch Giá' },
          documents: [0, 1, 2, 3].map((index) => ({ index, provided: true })),
          decision: 'RECEIVE',
        },
      },
      reception,
    );
    expect(body.errors).toBeUndefined();
    const dossier = body.data!.receiveAtCounter.dossier;
    expect(dossier.procedure.code).toBe('1.009982');
    expect(dossier.receivingAgency).toEqual({
      name: 'Trung tâm Phục vụ hành chính công tỉnh Kiên Giang',
      electronicId: '000.00.01.H37',
    });
    const tracked = await platform.query<{ trackDossier: { status: string } }>(
      `query($code: String!, $id: String!) { trackDossier(code: $code, idNumber: $id) { status } }`,
      { code: dossier.code, id: '091234567890' },
    );
    expect(tracked.body.data!.trackDossier.status).toBe('RECEIVED');
  });
});
