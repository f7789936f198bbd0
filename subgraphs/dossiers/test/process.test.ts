/**
 * A dossier from the counter to the returned result, on both databases: reception with its code,
 * the steps of the internal process, supplements, apology, resolution, return, and the facts the
 * evaluations subgraph reads. Every figure asserted comes from the API, i.e. from the engine.
 */
import { rows, stableId } from '@motcua/subgraph-kit';
import { databaseKinds, useTestSubgraph } from '@motcua/subgraph-kit/testing';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { dossiersSubgraph } from '../src/index.js';
import { caller, callers, counterInput, DOSSIER_FIELDS, RECEIVE, type Call } from './support/dossiers.js';

const definition = async () =>
  dossiersSubgraph({
    proceduresFeedUrl: 'http://127.0.0.1:9/internal/events',
    organizationsFeedUrl: 'http://127.0.0.1:9/internal/events',
    portalUrl: 'http://portal.test/',
  });

const mutation = (name: string, input: string) =>
  `mutation($input: ${input}!) { ${name}(input: $input) { dossier { ${DOSSIER_FIELDS} } } }`;
const FORWARD = mutation('forwardDossier', 'ForwardInput');
const RESOLVE = mutation('resolveDossier', 'ResolveInput');
const RETURN = mutation('returnResult', 'ReturnResultInput');
const REQUEST_SUPPLEMENT = mutation('requestSupplement', 'RequestSupplementInput');
const ANSWER = mutation('answerSupplement', 'AnswerSupplementInput');
const APOLOGISE = mutation('apologise', 'ApologiseInput');
const SEND_BACK = mutation('sendBackDossier', 'SendBackInput');

async function receive(call: Call, overrides: Record<string, unknown> = {}) {
  const { data, errors } = await call(RECEIVE, { input: counterInput(overrides) }, callers.reception);
  expect(errors).toBeUndefined();
  return data!.receiveAtCounter.dossier;
}

async function act(call: Call, query: string, input: Record<string, unknown>, who = callers.reception) {
  const { data, errors } = await call(query, { input }, who);
  expect(errors).toBeUndefined();
  return Object.values(data!)[0].dossier;
}

describe.each(databaseKinds())('dossier process on %s', (kind) => {
  const handle = useTestSubgraph(definition, kind);
  const call: Call = (...args) => caller(handle)(...args);

  it('a complete counter dossier is received with its code, rule set, appointment and first step', async () => {
    const dossier = await receive(call);
    expect(dossier.code).toMatch(/^000\.00\.01\.H37-\d{6}-\d{4}$/);
    expect(dossier.status).toBe('RECEIVED');
    expect(dossier.nationalStatusCode).toBe(2);
    expect(dossier.ruleSet).toBe('ND118_TT03_2025');
    expect(dossier.deadline.state).toBe('RUNNING');
    expect(dossier.deadline.processingTime).toEqual({ value: 20, unit: 'WORKING_DAY' });
    expect(new Date(dossier.deadline.dueAt).getTime()).toBeGreaterThan(Date.now() + 20 * 86_400_000);
    expect(dossier.currentStep).toEqual({ index: 0, role: 'RECEPTION_OFFICER' });
    expect(dossier.steps[0].state).toBe('ACTIVE');
    expect(dossier.timeline).toEqual([
      expect.objectContaining({ type: 'RECEIVED', toStatus: 'RECEIVED', actorName: 'Nguyễn Thị Mai', stepIndex: 0 }),
    ]);
    expect(dossier.allowedActions).toContain('FORWARD');
  });

  it('sending the same reception twice answers with the first dossier', async () => {
    const input = counterInput();
    const first = await call(RECEIVE, { input }, callers.reception);
    const second = await call(RECEIVE, { input }, callers.reception);
    expect(second.data!.receiveAtCounter.dossier.id).toBe(first.data!.receiveAtCounter.dossier.id);
  });

  it('an incomplete dossier cannot be received: the missing document is named, nothing is written', async () => {
    const before = await call(`{ dossiers(first: 0) { totalCount } }`, {}, callers.admin);
    const { errors } = await call(
      RECEIVE,
      {
        input: counterInput({
          documents: [
            { index: 0, provided: true },
            { index: 1, provided: false },
          ],
        }),
      },
      callers.reception,
    );
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'documents[1]' });
    expect((errors?.[0]?.extensions?.faults as unknown[]).length).toBe(3);
    const after = await call(`{ dossiers(first: 0) { totalCount } }`, {}, callers.admin);
    expect(after.data!.dossiers.totalCount).toBe(before.data!.dossiers.totalCount);
  });

  it('bad applicant details are refused field by field', async () => {
    const { errors } = await call(
      RECEIVE,
      { input: counterInput({ applicant: { kind: 'PERSON', name: '', idNumber: '123', address: 'x', phone: 'abc' } }) },
      callers.reception,
    );
    const fields = (errors?.[0]?.extensions?.faults as { field: string }[]).map((fault) => fault.field);
    expect(fields).toEqual(expect.arrayContaining(['applicant.name', 'applicant.idNumber', 'applicant.phone']));
  });

  it('only a reception officer of the section receives there', async () => {
    const { errors } = await call(RECEIVE, { input: counterInput() }, callers.specialist);
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('a counter supplement request lists every missing document and holds no clock', async () => {
    const dossier = await receive(call, {
      documents: [{ index: 0, provided: true }],
      decision: 'REQUEST_SUPPLEMENT',
      supplementItems: [
        { name: 'Bản sao văn bằng', reason: 'Chưa nộp' },
        { name: 'Ảnh 4x6', reason: 'Chưa nộp' },
      ],
      reason: 'Hồ sơ chưa đủ thành phần.',
    });
    expect(dossier.status).toBe('AWAITING_RECEPTION_SUPPLEMENT');
    expect(dossier.deadline.state).toBe('NOT_STARTED');
    expect(dossier.supplementRequests[0]).toMatchObject({ stage: 'BEFORE_RECEPTION', answeredAt: null });
    expect(dossier.supplementRequests[0].items).toHaveLength(2);
  });

  it('follows the internal process to the returned result and publishes the finished facts', async () => {
    let dossier = await receive(call);
    dossier = await act(call, FORWARD, { dossierId: dossier.id, note: 'Chuyển Sở Xây dựng' });
    expect(dossier.status).toBe('IN_PROCESS');
    expect(dossier.currentStep.role).toBe('SPECIALIST');
    // Half a working day for reception: handed over at once, so never late (early or on its due day).
    expect(dossier.steps[0].state).toBe('DONE');
    expect(['EARLY', 'ON_TIME']).toContain(dossier.steps[0].timeliness);

    // The reception officer cannot appraise; the specialist of the competent department can.
    const refused = await call(FORWARD, { input: { dossierId: dossier.id } }, callers.reception);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const early = await call(RETURN, { input: { dossierId: dossier.id, delivery: 'AT_COUNTER' } }, callers.reception);
    expect(early.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');

    dossier = await act(call, FORWARD, { dossierId: dossier.id }, callers.specialist);
    expect(dossier.currentStep.role).toBe('APPROVER');
    // The approver disagrees once: back to the specialist, with the reason on the timeline.
    dossier = await act(
      call,
      SEND_BACK,
      { dossierId: dossier.id, reason: 'Bổ sung ý kiến thẩm định' },
      callers.approver,
    );
    expect(dossier.currentStep.role).toBe('SPECIALIST');
    dossier = await act(call, FORWARD, { dossierId: dossier.id }, callers.specialist);
    expect(dossier.allowedActions).toEqual([]);
    const approverView = await call(
      `query($id: ID!) { dossier(id: $id) { allowedActions } }`,
      { id: dossier.id },
      callers.approver,
    );
    expect(approverView.data!.dossier.allowedActions).toEqual(
      expect.arrayContaining(['RESOLVE', 'APOLOGISE', 'SEND_BACK']),
    );

    dossier = await act(
      call,
      RESOLVE,
      { dossierId: dossier.id, outcome: 'APPROVED', summary: 'Chứng chỉ hành nghề số 12/CCHN', electronic: true },
      callers.approver,
    );
    expect(dossier.status).toBe('RESOLVED');
    expect(dossier.deadline).toMatchObject({ state: 'FINISHED', timeliness: 'EARLY' });
    expect(dossier.currentStep.role).toBe('RECEPTION_OFFICER');

    dossier = await act(call, RETURN, { dossierId: dossier.id, delivery: 'AT_COUNTER', receivedBy: 'Trần Văn Dân' });
    expect(dossier.status).toBe('RETURNED');
    expect(dossier.nationalStatusCode).toBe(10);
    expect(dossier.timeline.map((event: { type: string }) => event.type)).toEqual([
      'RECEIVED',
      'FORWARDED',
      'FORWARDED',
      'SENT_BACK',
      'FORWARDED',
      'RESOLVED',
      'RESULT_RETURNED',
    ]);

    const facts = await rows<{ payload: Record<string, unknown> }>(
      handle.subgraph.database.db,
      sql`select payload from dossiers.outbox where topic = 'DossierFinished' and aggregate_id = ${dossier.id}`,
    );
    expect(facts).toHaveLength(1);
    expect(facts[0]!.payload).toMatchObject({
      code: dossier.code,
      receivingSectionId: stableId('one-stop-section', '000.00.01.H37'),
      outcome: 'APPROVED',
      timeliness: 'EARLY',
      channel: 'IN_PERSON',
      supplementRounds: 0,
      electronicResult: true,
    });
  });

  it('a supplement during processing stops the clock; the answer restarts it with the full time', async () => {
    let dossier = await receive(call);
    dossier = await act(call, FORWARD, { dossierId: dossier.id });
    const before = dossier.deadline.dueAt;
    dossier = await act(
      call,
      REQUEST_SUPPLEMENT,
      { dossierId: dossier.id, items: [{ name: 'Bản sao văn bằng', reason: 'Bản chụp mờ' }], reason: 'Chưa hợp lệ' },
      callers.specialist,
    );
    expect(dossier.status).toBe('SUPPLEMENT_REQUESTED');
    expect(dossier.deadline).toMatchObject({ state: 'PAUSED', dueAt: null });
    dossier = await act(call, ANSWER, { dossierId: dossier.id, note: 'Đã nộp bản sao chứng thực' });
    expect(dossier.status).toBe('IN_PROCESS');
    expect(dossier.deadline.state).toBe('RUNNING');
    expect(new Date(dossier.deadline.dueAt).getTime()).toBeGreaterThanOrEqual(new Date(before).getTime());
    expect(dossier.supplementRequests[0].answeredAt).not.toBeNull();
  });

  it('the agency holding a late-risk dossier apologises once with a later appointment', async () => {
    let dossier = await receive(call);
    dossier = await act(call, FORWARD, { dossierId: dossier.id });
    const newDueAt = new Date(new Date(dossier.deadline.dueAt).getTime() + 5 * 86_400_000).toISOString();
    const tooEarly = await call(
      APOLOGISE,
      { input: { dossierId: dossier.id, reason: 'Chờ ý kiến', newDueAt: dossier.deadline.dueAt } },
      callers.approver,
    );
    expect(tooEarly.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newDueAt' });
    dossier = await act(
      call,
      APOLOGISE,
      { dossierId: dossier.id, reason: 'Chờ ý kiến cơ quan phối hợp', newDueAt },
      callers.approver,
    );
    expect(dossier.deadline).toMatchObject({ dueAt: newDueAt, extensions: 1 });
    expect(dossier.apologies[0].newDueAt).toBe(newDueAt);
    const again = await call(
      APOLOGISE,
      {
        input: {
          dossierId: dossier.id,
          reason: 'Lần hai',
          newDueAt: new Date(Date.parse(newDueAt) + 86_400_000).toISOString(),
        },
      },
      callers.approver,
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
  });

  it('the receipt is a PDF with the form number of the dossier’s rule set', async () => {
    const dossier = await receive(call);
    const { data, errors } = await call(
      `query($id: ID!) { dossier(id: $id) { slip(form: RECEIPT) { formNumber fileName mediaType contentBase64 } refusal: slip(form: REFUSAL) { formNumber } } }`,
      { id: dossier.id },
      callers.reception,
    );
    expect(errors).toBeUndefined();
    expect(data!.dossier.slip).toMatchObject({ formNumber: '01', mediaType: 'application/pdf' });
    expect(Buffer.from(data!.dossier.slip.contentBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(data!.dossier.refusal).toBeNull();
  });

  it('staff of an agency outside the dossier cannot read it', async () => {
    const dossier = await receive(call);
    const outsider = { ...callers.specialist, roles: [{ role: 'SPECIALIST', scopeId: crypto.randomUUID() }] } as never;
    const { errors } = await call(`query($id: ID!) { dossier(id: $id) { id } }`, { id: dossier.id }, outsider);
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
