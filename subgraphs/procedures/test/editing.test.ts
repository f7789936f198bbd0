import { rows, vietnamToday, type Principal } from '@motcua/subgraph-kit';
import {
  databaseKinds,
  feedEvents,
  feedEventsOnce,
  querySubgraph,
  useTestSubgraph,
} from '@motcua/subgraph-kit/testing';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { proceduresSubgraph } from '../src/index.js';
import type { VersionTerms } from '../src/domain/terms.js';
import { callers, SO_TU_PHAP, SO_XAY_DUNG } from './support/callers.js';
import { FEE_CUT, procedureInput, validTerms } from './support/terms.js';

const CREATE = `mutation ($input: CreateProcedureInput!) {
  createProcedure(input: $input) { procedure { id code versions { id number status faults { field } } } }
}`;
const SAVE = `mutation ($input: SaveDraftInput!) { saveDraft(input: $input) { version { id number status faults { field } } } }`;
const PUBLISH = `mutation ($input: PublishVersionInput!) {
  publishVersion(input: $input) { version { id number status effectiveFrom publication { number signer } } }
}`;
const PROCEDURE = `query ($id: ID!) {
  procedure(id: $id) {
    code currentVersion { number }
    versions { id number status effectiveFrom effectiveTo
      channels { channel fees { amountVnd } } internalProcess { position role agency { id } } }
  }
}`;
const SEARCH = `query ($search: String, $first: Int, $includeUnpublished: Boolean) {
  procedures(first: $first, search: $search, includeUnpublished: $includeUnpublished) { totalCount edges { node { id code name } } }
}`;

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const today = vietnamToday();
const decision = { number: '2468/QĐ-UBND', signedOn: addDays(today, -1), signer: 'Chủ tịch UBND tỉnh' };

/** GraphQL input shape of the test terms (the internal process names agencies by id). */
const termsInput = (terms: VersionTerms) => procedureInput('', '', terms).terms;

describe.each(databaseKinds())('editing and publishing the catalogue on %s', (kind) => {
  const running = useTestSubgraph(proceduresSubgraph, kind);
  const call = <T = Record<string, any>>(query: string, variables: Record<string, unknown>, principal: Principal) =>
    querySubgraph<T>(running.subgraph.url, running.secret, query, variables, principal).then(({ body }) => body);
  const events = () => feedEvents(running.subgraph.url, running.secret);

  async function createDraft(code: string, name: string, terms: VersionTerms, principal = callers.provinceEditor) {
    const body = await call(CREATE, { input: procedureInput(code, name, terms) }, principal);
    expect(body.errors).toBeUndefined();
    return body.data!.createProcedure.procedure as {
      id: string;
      versions: { id: string; faults: { field: string }[] }[];
    };
  }

  it('keeps a draft out of the public catalogue, and refuses to publish it with every fault named, writing nothing', async () => {
    const broken = validTerms({
      documents: [{ name: '', originals: 1, copies: 0, formTemplate: null, fromNationalDatabase: false }],
      channels: [
        {
          channel: 'IN_PERSON',
          processingTime: null,
          fees: [{ description: 'Lệ phí', amountVnd: -5, legalText: null }],
        },
        { channel: 'ONLINE', processingTime: null, fees: [] },
      ],
      internalProcess: validTerms().internalProcess.slice(1),
    });
    const procedure = await createDraft('9.900001', 'Cấp giấy chứng nhận thử nghiệm Mộc Cửa', broken);
    expect(procedure.versions[0]!.faults.map((fault) => fault.field)).toEqual([
      'channels[0].fees[0].amountVnd',
      'documents[0].name',
      'internalProcess',
    ]);
    const hidden = await call(SEARCH, { search: 'thu nghiem moc cua' }, callers.anonymous);
    expect(hidden.data!.procedures.totalCount).toBe(0);
    const editorView = await call(
      SEARCH,
      { search: 'thu nghiem moc cua', includeUnpublished: true },
      callers.provinceEditor,
    );
    expect(editorView.data!.procedures.totalCount).toBe(1);
    expect((await call(PROCEDURE, { id: procedure.id }, callers.anonymous)).data!.procedure).toBeNull();

    const refused = await call(
      PUBLISH,
      { input: { versionId: procedure.versions[0]!.id, decision } },
      callers.provinceEditor,
    );
    expect(refused.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'channels[0].fees[0].amountVnd',
      faults: [
        { field: 'channels[0].fees[0].amountVnd' },
        { field: 'documents[0].name' },
        { field: 'internalProcess' },
      ],
    });
    expect((await events()).filter((event) => event.aggregateId === procedure.id)).toEqual([]);
    const still = await call(PROCEDURE, { id: procedure.id }, callers.provinceEditor);
    expect(still.data!.procedure.versions.map((v: { status: string }) => v.status)).toEqual(['DRAFT']);
  });

  it('publishes a valid draft once: in force, found first without diacritics, announced exactly once', async () => {
    const procedure = await createDraft(
      '9.900002',
      'Đăng ký hoạt động thư viện tư nhân có vốn sách ban đầu',
      validTerms(),
    );
    const versionId = procedure.versions[0]!.id;
    const published = await call(PUBLISH, { input: { versionId, decision } }, callers.provinceEditor);
    expect(published.data!.publishVersion.version).toMatchObject({
      number: 1,
      status: 'IN_FORCE',
      effectiveFrom: today,
    });
    // A retried request answers as the first did and announces nothing more.
    const retried = await call(PUBLISH, { input: { versionId, decision } }, callers.provinceEditor);
    expect(retried.data!.publishVersion.version.id).toBe(versionId);
    const other = await call(
      PUBLISH,
      { input: { versionId, decision: { ...decision, number: '1/QĐ' } } },
      callers.provinceEditor,
    );
    expect(other.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'versionId' });

    const ours = (all: Awaited<ReturnType<typeof events>>) =>
      all.filter((event) => event.topic === 'ProcedureVersionPublished' && event.aggregateId === procedure.id);
    const announced = ours(await feedEventsOnce(running.subgraph.url, running.secret, (all) => ours(all).length > 0));
    expect(announced).toHaveLength(1);
    expect(announced[0]!.payload).toMatchObject({ code: '9.900002', versionNumber: 1, processingDays: 10 });

    const found = await call(SEARCH, { search: 'dang ky hoat dong thu vien tu nhan', first: 3 }, callers.anonymous);
    expect(found.data!.procedures.edges[0].node.code).toBe('9.900002');
  });

  it('supersedes a version from the new one’s first day and leaves the old one readable as it was', async () => {
    const procedure = await createDraft('9.900003', 'Cấp phép thử nghiệm phiên bản', validTerms());
    await call(PUBLISH, { input: { versionId: procedure.versions[0]!.id, decision } }, callers.provinceEditor);
    const cheaper = validTerms({
      channels: FEE_CUT.channels,
    });
    const draft = await call(
      SAVE,
      { input: { procedureId: procedure.id, terms: termsInput(cheaper) } },
      callers.provinceEditor,
    );
    const v2 = draft.data!.saveDraft.version;
    expect(v2).toMatchObject({ number: 2, status: 'DRAFT', faults: [] });

    const tooEarly = await call(
      PUBLISH,
      { input: { versionId: v2.id, decision, effectiveFrom: today } },
      callers.provinceEditor,
    );
    expect(tooEarly.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'effectiveFrom' });

    const tomorrow = addDays(today, 1);
    await call(PUBLISH, { input: { versionId: v2.id, decision, effectiveFrom: tomorrow } }, callers.provinceEditor);
    const read = await call(PROCEDURE, { id: procedure.id }, callers.anonymous);
    expect(read.data!.procedure.currentVersion.number).toBe(1);
    expect(read.data!.procedure.versions.map((v: any) => [v.number, v.status, v.effectiveFrom, v.effectiveTo])).toEqual(
      [
        [2, 'SCHEDULED', tomorrow, null],
        [1, 'IN_FORCE', today, tomorrow],
      ],
    );
    expect(read.data!.procedure.versions[1].channels[0].fees[0].amountVnd).toBe(200_000);
    // The public does not see the internal process; staff do.
    expect(read.data!.procedure.versions[1].internalProcess).toEqual([]);
    const staffRead = await call(PROCEDURE, { id: procedure.id }, callers.receptionOfficer);
    expect(staffRead.data!.procedure.versions[1].internalProcess[0]).toMatchObject({
      position: 1,
      role: 'RECEPTION_OFFICER',
    });

    const changes = await call(
      `query ($from: ID!, $to: ID!) { procedureVersionChanges(fromVersionId: $from, toVersionId: $to) { section kind item attribute before after } }`,
      { from: read.data!.procedure.versions[1].id, to: v2.id },
      callers.anonymous,
    );
    expect(changes.data!.procedureVersionChanges).toEqual([FEE_CUT.change]);
  });

  it('lets only catalogue editors change the catalogue, a department’s editor only its own procedures', async () => {
    const input = (agencyId: string, code: string) => ({
      input: procedureInput(code, 'Thủ tục phân quyền', validTerms(), agencyId),
    });
    const anonymous = await call(CREATE, input(SO_XAY_DUNG, '9.910001'), callers.anonymous);
    expect(anonymous.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    for (const principal of [callers.receptionOfficer, callers.citizen]) {
      const refused = await call(CREATE, input(SO_XAY_DUNG, '9.910001'), principal);
      expect(refused.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    }
    const otherAgency = await call(CREATE, input(SO_TU_PHAP, '9.910001'), callers.constructionEditor);
    expect(otherAgency.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const own = await call(CREATE, input(SO_XAY_DUNG, '9.910001'), callers.constructionEditor);
    expect(own.errors).toBeUndefined();
    const duplicate = await call(CREATE, input(SO_XAY_DUNG, '9.910001'), callers.constructionEditor);
    expect(duplicate.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'code' });
    const unpublishedList = await call(SEARCH, { includeUnpublished: true }, callers.receptionOfficer);
    expect(unpublishedList.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const entry = await call(
      `mutation ($input: CatalogueEntryInput!) { setCatalogueEntry(input: $input) { fullyOnSite } }`,
      { input: { sectionId: SO_XAY_DUNG, procedureId: own.data!.createProcedure.procedure.id, fullyOnSite: true } },
      callers.constructionEditor,
    );
    expect(entry.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('records who changed what in the audit trail', async () => {
    const audit = await rows<{ action: string; actor: string }>(
      running.subgraph.database.db,
      sql`select action, actor from procedures.audit_events where actor <> 'seed' order by at`,
    );
    expect(audit.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['PROCEDURE_CREATED', 'DRAFT_SAVED', 'VERSION_PUBLISHED']),
    );
    expect(new Set(audit.map((entry) => entry.actor))).toEqual(new Set(['editor-province', 'editor-construction']));
  });
});
