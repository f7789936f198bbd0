import { readFileSync } from 'node:fs';
import { agencies as seedAgencies } from '@motcua/seed-data';
import { PRINCIPAL_HEADER, signPrincipal, stableId } from '@motcua/subgraph-kit';
import {
  databaseKinds,
  feedEvents,
  feedEventsOnce,
  querySubgraph,
  testSigningKeys,
  useTestSubgraph,
  type ServedEvent,
} from '@motcua/subgraph-kit/testing';
import { count, eq, gt, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { agencyFacts } from '../src/events/agency-registered.js';
import { sectionFacts } from '../src/events/section-opened.js';
import {
  AGENCY_CHANGED,
  AGENCY_REGISTERED,
  ONE_STOP_SECTION_OPENED,
  organizationsSubgraph,
  type AgencyRegisteredPayload,
  type OneStopSectionOpenedPayload,
} from '../src/index.js';
import { seedOrganizations } from '../src/store/seed.js';
import { seedStaffing } from '../src/store/seed-staffing.js';
import { administrativeUnits, agencies, oneStopSections, outbox } from '../src/store/tables.js';
import { demoPrincipal } from './support/principals.js';

const CREATE_AGENCY = `mutation ($input: AgencyInput!) { createAgency(input: $input) { agency { id } } }`;
const UPDATE_AGENCY = `mutation ($input: UpdateAgencyInput!) { updateAgency(input: $input) { agency { id } } }`;
const PROVINCE = stableId('administrative-unit', '91');
const CENTRE = stableId('agency', '000.00.01.H37');
const JUSTICE = stableId('agency', '000.00.03.H37');
const VINH_QUANG = stableId('administrative-unit', '30736');
const SEEDED_SECTIONS = 8;

/** The statements of the migration that announce the rows that were there before the outbox. */
const backfill = readFileSync(new URL('../drizzle/0006_agency_events.sql', import.meta.url), 'utf8')
  .split('--> statement-breakpoint')
  .filter((statement) => statement.includes('INSERT INTO "organizations"."outbox"'));

describe.each(databaseKinds())('agencies and one-stop sections on the event feed, on %s', (kind) => {
  const running = useTestSubgraph(() => organizationsSubgraph({ authPrivateKey: testSigningKeys().privateKey }), kind);
  const db = () => running.subgraph.database.db;
  const call = <T>(query: string, variables: Record<string, unknown>) =>
    querySubgraph<T>(running.subgraph.url, running.secret, query, variables, demoPrincipal('admin'));
  const outboxRows = async () => (await db().select({ value: count() }).from(outbox))[0]!.value;
  const ofTopic = (events: ServedEvent[], topic: string) => events.filter((event) => event.topic === topic);
  /** Reads the feed until an event of `topic` about `aggregateId` is served. */
  const announced = async (topic: string, aggregateId: string) => {
    const about = (events: ServedEvent[]) =>
      ofTopic(events, topic).filter((event) => event.aggregateId === aggregateId);
    return about(await feedEventsOnce(running.subgraph.url, running.secret, (events) => about(events).length > 0));
  };

  it('announces every seeded agency and section once, agencies first, and seeding again announces nothing', async () => {
    const seeded = await feedEventsOnce(
      running.subgraph.url,
      running.secret,
      (events) => ofTopic(events, ONE_STOP_SECTION_OPENED).length >= SEEDED_SECTIONS,
    );
    const registered = ofTopic(seeded, AGENCY_REGISTERED);
    expect(registered.map((event) => event.aggregateId).sort()).toEqual(
      seedAgencies.map((agency) => stableId('agency', agency.electronicId)).sort(),
    );
    expect(registered.find((event) => event.aggregateId === CENTRE)!.payload).toEqual({
      agencyId: CENTRE,
      electronicId: '000.00.01.H37',
      name: 'Trung tâm Phục vụ hành chính công tỉnh Kiên Giang',
      shortName: expect.any(String),
      kind: 'SERVICE_CENTRE',
      level: 'PROVINCE',
      administrativeUnitId: PROVINCE,
      address: expect.any(String),
      phone: expect.toBeOneOf([expect.any(String), null]),
    } satisfies Record<keyof AgencyRegisteredPayload, unknown>);

    const sections = ofTopic(seeded, ONE_STOP_SECTION_OPENED);
    expect(sections).toHaveLength(SEEDED_SECTIONS);
    const centre = sections.find((event) => event.payload.agencyId === CENTRE)!;
    expect(centre.payload).toMatchObject({
      sectionId: centre.aggregateId,
      kind: 'PROVINCIAL_CENTRE',
      administrativeUnitId: PROVINCE,
    } satisfies Partial<OneStopSectionOpenedPayload>);
    const position = (event: ServedEvent) => seeded.indexOf(event);
    for (const section of sections) {
      const agency = registered.find((event) => event.aggregateId === section.payload.agencyId)!;
      expect(position(agency)).toBeLessThan(position(section));
    }

    const before = await outboxRows();
    await seedOrganizations(db());
    await seedStaffing(db());
    expect(await outboxRows()).toBe(before);
  });

  it('announces a new agency with its electronic ID and the level of its unit, and nothing for one refused', async () => {
    const input = { electronicId: 'G13.36.20.h37', name: 'Công an phường Vĩnh Quang', shortName: 'CA P. Vĩnh Quang' };
    const at = { kind: 'CENTRAL_OFFICE', unitId: VINH_QUANG, phone: '0297 3800 000' };
    const { body } = await call<{ createAgency: { agency: { id: string } } }>(CREATE_AGENCY, {
      input: { ...input, ...at },
    });
    const id = body.data!.createAgency.agency.id;
    const [event] = await announced(AGENCY_REGISTERED, id);
    expect(event!.payload).toEqual({
      agencyId: id,
      electronicId: 'G13.36.20.H37',
      name: 'Công an phường Vĩnh Quang',
      shortName: 'CA P. Vĩnh Quang',
      kind: 'CENTRAL_OFFICE',
      level: 'COMMUNE',
      administrativeUnitId: VINH_QUANG,
      address: null,
      phone: '0297 3800 000',
    } satisfies AgencyRegisteredPayload);

    const before = await outboxRows();
    const duplicate = await call(CREATE_AGENCY, { input: { ...input, ...at, electronicId: '000.00.03.H37' } });
    expect(duplicate.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'electronicId' });
    expect(await outboxRows()).toBe(before);
  });

  it('announces a change to an agency with the whole agency as it now stands', async () => {
    await call(UPDATE_AGENCY, {
      input: { id: JUSTICE, name: 'Sở Tư pháp tỉnh Kiên Giang', shortName: 'STP', address: '', phone: '0297 3999 999' },
    });
    const changes = await announced(AGENCY_CHANGED, JUSTICE);
    expect(changes).toHaveLength(1);
    expect(changes[0]!.payload).toMatchObject({
      agencyId: JUSTICE,
      electronicId: '000.00.03.H37',
      shortName: 'STP',
      kind: 'DEPARTMENT',
      level: 'PROVINCE',
      address: null,
      phone: '0297 3999 999',
    });
  });

  it('announces in the migration the rows that were there before the outbox, with the same payloads', async () => {
    const expected = [
      ...(await db()
        .select()
        .from(agencies)
        .innerJoin(administrativeUnits, eq(administrativeUnits.id, agencies.unitId))
        .then((found) =>
          found.map((row) => ({
            topic: AGENCY_REGISTERED,
            payload: agencyFacts(row.agencies, row.administrative_units.level),
          })),
        )),
      ...(await db()
        .select()
        .from(oneStopSections)
        .then((found) => found.map((row) => ({ topic: ONE_STOP_SECTION_OPENED, payload: sectionFacts(row) })))),
    ];
    const rollback = new Error('rollback');
    let backfilled: { topic: string; payload: unknown }[] = [];
    await expect(
      db().transaction(async (tx) => {
        const [last] = await tx.select({ id: sql<number>`coalesce(max(${outbox.id}), 0)::int` }).from(outbox);
        for (const statement of backfill) await tx.execute(sql.raw(statement));
        backfilled = await tx
          .select({ topic: outbox.topic, payload: outbox.payload })
          .from(outbox)
          .where(gt(outbox.id, last!.id));
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(backfilled).toHaveLength(expected.length);
    expect(backfilled).toEqual(expect.arrayContaining(expected));
  });

  it('serves the feed only to other subgraphs', async () => {
    const feed = running.subgraph.url.replace('/graphql', '/internal/events');
    expect((await fetch(feed)).status).toBe(401);
    const staff = await signPrincipal(demoPrincipal('admin'), running.secret);
    expect((await fetch(feed, { headers: { [PRINCIPAL_HEADER]: staff } })).status).toBe(401);
    expect((await feedEvents(running.subgraph.url, running.secret)).length).toBeGreaterThan(0);
  });
});
