/**
 * Online filing and public tracking: a citizen's draft survives, sending it gives a code at once,
 * the one-stop checks it like a counter dossier, and anyone with the code and the ID number (and
 * only they) can follow it.
 */
import { databaseKinds, useTestSubgraph } from '@motcua/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import { dossiersSubgraph } from '../src/index.js';
import { applicant, caller, callers, DOSSIER_FIELDS, PRIVATE_ENTERPRISE, type Call } from './support/dossiers.js';

const definition = async () =>
  dossiersSubgraph({
    proceduresFeedUrl: 'http://127.0.0.1:9/internal/events',
    organizationsFeedUrl: 'http://127.0.0.1:9/internal/events',
    portalUrl: 'http://portal.test/',
  });

const SAVE = `mutation($input: OnlineDraftInput!) { saveOnlineDraft(input: $input) { dossier { ${DOSSIER_FIELDS} } } }`;
const SUBMIT = `mutation($id: ID!) { submitOnlineDossier(dossierId: $id) { dossier { ${DOSSIER_FIELDS} } } }`;
const DECIDE = `mutation($input: DecideReceptionInput!) { decideReception(input: $input) { dossier { ${DOSSIER_FIELDS} } } }`;
const ANSWER = `mutation($input: AnswerSupplementInput!) { answerSupplement(input: $input) { dossier { status supplementRequests { answeredAt } } } }`;
const TRACK = `query($code: String!, $idNumber: String!) { trackDossier(code: $code, idNumber: $idNumber) {
  code status procedureName receivingAgencyName deadline { state dueAt } steps { name state }
  openSupplementRequest { items { name reason } reason } } }`;
const MINE = `{ myDossiers { totalCount edges { node { id code status } } } }`;

// Four documents; the last may come from the national database.
const documents = [0, 1, 2, 3].map((index) => ({ index, provided: true }));

describe.each(databaseKinds())('online filing on %s', (kind) => {
  const handle = useTestSubgraph(definition, kind);
  const call: Call = (...args) => caller(handle)(...args);

  async function draft(): Promise<{ id: string }> {
    const { data, errors } = await call(
      SAVE,
      {
        input: { procedureId: PRIVATE_ENTERPRISE, applicant: { kind: 'PERSON', name: 'Trần Văn Dân' }, documents: [] },
      },
      callers.citizen,
    );
    expect(errors).toBeUndefined();
    return data!.saveOnlineDraft.dossier;
  }

  it('a draft keeps what was typed, even incomplete, and has no code', async () => {
    const saved = await draft();
    const { data } = await call(
      `query($id: ID!) { dossier(id: $id) { code status applicant { name } } }`,
      { id: saved.id },
      callers.citizen,
    );
    expect(data!.dossier).toEqual({ code: null, status: 'DRAFT', applicant: { name: 'Trần Văn Dân' } });
  });

  it('an incomplete draft cannot be sent; the faults name the fields', async () => {
    const saved = await draft();
    const { errors } = await call(SUBMIT, { id: saved.id }, callers.citizen);
    const fields = (errors?.[0]?.extensions?.faults as { field: string }[]).map((fault) => fault.field);
    expect(fields).toEqual(expect.arrayContaining(['applicant.idNumber', 'applicant.address', 'documents[0]']));
  });

  it('sent, it gets a code; the one-stop asks for a supplement; the citizen answers; it is received', async () => {
    const saved = await draft();
    await call(
      SAVE,
      { input: { dossierId: saved.id, procedureId: PRIVATE_ENTERPRISE, applicant, documents } },
      callers.citizen,
    );
    const sent = await call(SUBMIT, { id: saved.id }, callers.citizen);
    expect(sent.errors).toBeUndefined();
    const dossier = sent.data!.submitOnlineDossier.dossier;
    expect(dossier).toMatchObject({ status: 'SUBMITTED', nationalStatusCode: 1, channel: 'ONLINE' });
    expect(dossier.code).toMatch(/^000\.00\.01\.H37-\d{6}-\d{4}$/);
    // Sending again changes nothing.
    const again = await call(SUBMIT, { id: saved.id }, callers.citizen);
    expect(again.data!.submitOnlineDossier.dossier.code).toBe(dossier.code);

    const asked = await call(
      DECIDE,
      {
        input: {
          dossierId: dossier.id,
          documents,
          decision: 'REQUEST_SUPPLEMENT',
          supplementItems: [{ name: 'Điều lệ doanh nghiệp', reason: 'Thiếu chữ ký chủ doanh nghiệp' }],
          reason: 'Hồ sơ chưa hợp lệ',
        },
      },
      callers.reception,
    );
    expect(asked.data!.decideReception.dossier.status).toBe('AWAITING_RECEPTION_SUPPLEMENT');

    const tracked = await call(TRACK, { code: dossier.code, idNumber: applicant.idNumber });
    expect(tracked.data!.trackDossier).toMatchObject({
      code: dossier.code,
      status: 'AWAITING_RECEPTION_SUPPLEMENT',
      deadline: { state: 'NOT_STARTED', dueAt: null },
      openSupplementRequest: { reason: 'Hồ sơ chưa hợp lệ' },
    });

    const stranger = await call(ANSWER, { input: { dossierId: dossier.id, note: 'x' } }, callers.otherCitizen);
    expect(stranger.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const answered = await call(ANSWER, { input: { dossierId: dossier.id, note: 'Đã ký bổ sung' } }, callers.citizen);
    expect(answered.data!.answerSupplement.dossier.status).toBe('SUBMITTED');

    const received = await call(
      DECIDE,
      { input: { dossierId: dossier.id, documents, decision: 'RECEIVE' } },
      callers.reception,
    );
    expect(received.errors).toBeUndefined();
    expect(received.data!.decideReception.dossier).toMatchObject({
      status: 'RECEIVED',
      deadline: { state: 'RUNNING' },
    });
    const trackedAgain = await call(TRACK, { code: dossier.code, idNumber: applicant.idNumber });
    expect(trackedAgain.data!.trackDossier.steps[0]).toMatchObject({ state: 'ACTIVE' });
  });

  it('tracking needs the applicant’s ID number; a wrong one looks like an unknown code', async () => {
    const saved = await draft();
    await call(
      SAVE,
      { input: { dossierId: saved.id, procedureId: PRIVATE_ENTERPRISE, applicant, documents } },
      callers.citizen,
    );
    const { data } = await call(SUBMIT, { id: saved.id }, callers.citizen);
    const code = data!.submitOnlineDossier.dossier.code;
    expect((await call(TRACK, { code, idNumber: '000000000000' })).data!.trackDossier).toBeNull();
    expect(
      (await call(TRACK, { code: 'H37-000000-0000', idNumber: applicant.idNumber })).data!.trackDossier,
    ).toBeNull();
  });

  it('a citizen sees their own dossiers only', async () => {
    const saved = await draft();
    const mine = await call(MINE, {}, callers.citizen);
    expect(mine.data!.myDossiers.edges.map((edge: { node: { id: string } }) => edge.node.id)).toContain(saved.id);
    const theirs = await call(MINE, {}, callers.otherCitizen);
    expect(theirs.data!.myDossiers.totalCount).toBe(0);
    const peek = await call(`query($id: ID!) { dossier(id: $id) { id } }`, { id: saved.id }, callers.otherCitizen);
    expect(peek.data!.dossier).toBeNull();
    const anonymous = await call(MINE, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('staff cannot file online', async () => {
    const staff = await call(
      SAVE,
      { input: { procedureId: PRIVATE_ENTERPRISE, applicant, documents } },
      callers.reception,
    );
    expect(staff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
