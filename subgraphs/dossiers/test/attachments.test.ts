/**
 * Files of a dossier through the API, on both databases, with a local file store in a temp
 * directory: who may add and read them, what is refused, and that a failed upload leaves no row,
 * no ledger event and no file behind.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rows, type Principal } from '@motcua/subgraph-kit';
import { databaseKinds, useTestSubgraph } from '@motcua/subgraph-kit/testing';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { dossiersSubgraph, localFileStore, type FileStore } from '../src/index.js';
import {
  applicant,
  caller,
  callers,
  counterInput,
  PRIVATE_ENTERPRISE,
  RECEIVE,
  type Call,
} from './support/dossiers.js';
import { JPEG, PDF, PNG } from './support/files.js';

const MAX_BYTES = 64 * 1024;

const ATTACHMENT_FIELDS = 'id purpose documentIndex fileName mediaType sizeBytes sha256 uploadedAt';
const UPLOAD = `mutation($input: UploadAttachmentInput!) {
  uploadAttachment(input: $input) { attachment { ${ATTACHMENT_FIELDS} } dossier { id timeline { type actorName } } }
}`;
const REMOVE = `mutation($id: ID!) { removeAttachment(id: $id) { dossier { id attachments { id } } } }`;
const READ = `query($id: ID!) { dossier(id: $id) { id attachments { ${ATTACHMENT_FIELDS} contentBase64 } } }`;
const SAVE_DRAFT = `mutation($input: OnlineDraftInput!) {
  saveOnlineDraft(input: $input) { dossier { id status receivingAgency { id } documents { index } } }
}`;
const SUBMIT = `mutation($id: ID!) { submitOnlineDossier(dossierId: $id) { dossier { id status } } }`;
const FORWARD = `mutation($input: ForwardInput!) { forwardDossier(input: $input) { dossier { id currentStep { role } } } }`;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Every file under the store's root, as paths relative to it. */
function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1))
    .sort();
}

describe.each(databaseKinds())('dossier attachments on %s', (kind) => {
  const root = mkdtempSync(join(tmpdir(), 'motcua-files-'));
  const puts: string[] = [];
  const disk = localFileStore(root);
  // The local store, noting every key written: the failure tests prove a file was written, then removed.
  const files: FileStore = { ...disk, put: (key, bytes, type) => (puts.push(key), disk.put(key, bytes, type)) };
  const handle = useTestSubgraph(
    async () =>
      dossiersSubgraph({
        proceduresFeedUrl: 'http://127.0.0.1:9/internal/events',
        organizationsFeedUrl: 'http://127.0.0.1:9/internal/events',
        portalUrl: 'http://portal.test/',
        files,
        maxAttachmentBytes: MAX_BYTES,
      }),
    kind,
  );
  const call: Call = (...args) => caller(handle)(...args);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const upload = (input: Record<string, unknown>, who: Principal) =>
    call(UPLOAD, { input: { purpose: 'DOCUMENT', documentIndex: 0, fileName: 'don.pdf', ...input } }, who);
  const pdf = (bytes: Buffer = PDF) => ({ mediaType: 'application/pdf', contentBase64: bytes.toString('base64') });

  async function draft() {
    const { data, errors } = await call(
      SAVE_DRAFT,
      { input: { procedureId: PRIVATE_ENTERPRISE, applicant, documents: [] } },
      callers.citizen,
    );
    expect(errors).toBeUndefined();
    return data!.saveOnlineDraft.dossier as { id: string; receivingAgency: { id: string }; documents: unknown[] };
  }

  async function counterDossier() {
    const { data, errors } = await call(RECEIVE, { input: counterInput() }, callers.reception);
    expect(errors).toBeUndefined();
    return data!.receiveAtCounter.dossier as { id: string };
  }

  const storedFacts = async (dossierId: string) => ({
    attachments: await rows(
      handle.subgraph.database.db,
      sql`select id from dossiers.attachments where dossier_id = ${dossierId}`,
    ),
    events: await rows(
      handle.subgraph.database.db,
      sql`select id from dossiers.dossier_events where dossier_id = ${dossierId} and type like 'ATTACHMENT%'`,
    ),
  });

  it('the applicant adds a document to a draft and reads back the same bytes; the ledger records it', async () => {
    const dossier = await draft();
    const { data, errors } = await upload(
      { dossierId: dossier.id, fileName: 'C:\\fakepath\\Giấy đề nghị.pdf', ...pdf() },
      callers.citizen,
    );
    expect(errors).toBeUndefined();
    const { attachment } = data!.uploadAttachment;
    expect(attachment).toMatchObject({
      purpose: 'DOCUMENT',
      documentIndex: 0,
      fileName: 'Giấy đề nghị.pdf',
      mediaType: 'application/pdf',
      sizeBytes: PDF.length,
      sha256: sha256(PDF),
    });
    expect(data!.uploadAttachment.dossier.timeline.at(-1)).toEqual({
      type: 'ATTACHMENT_ADDED',
      actorName: 'Trần Văn Dân',
    });
    expect(filesUnder(root)).toContain(`${dossier.id}/${attachment.id}`);

    const read = await call(READ, { id: dossier.id }, callers.citizen);
    expect(read.errors).toBeUndefined();
    const [file] = read.data!.dossier.attachments;
    expect(file.id).toBe(attachment.id);
    const bytes = Buffer.from(file.contentBase64, 'base64');
    expect(sha256(bytes)).toBe(attachment.sha256);
    expect(bytes.equals(PDF)).toBe(true);
  });

  it('a stranger citizen can neither read nor add files', async () => {
    const dossier = await draft();
    expect((await upload({ dossierId: dossier.id, ...pdf() }, callers.citizen)).errors).toBeUndefined();
    const read = await call(READ, { id: dossier.id }, callers.otherCitizen);
    expect(read.data?.dossier).toBeNull();
    const added = await upload({ dossierId: dossier.id, ...pdf() }, callers.otherCitizen);
    expect(added.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'dossierId' });
    const outsider = { ...callers.specialist, roles: [{ role: 'SPECIALIST', scopeId: crypto.randomUUID() }] } as never;
    expect((await call(READ, { id: dossier.id }, outsider)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('staff of the agency handling the dossier read its files once it is sent', async () => {
    const dossier = await draft();
    const added = await upload(
      { dossierId: dossier.id, fileName: 'anh.png', mediaType: 'image/png', contentBase64: PNG.toString('base64') },
      callers.citizen,
    );
    expect(added.errors).toBeUndefined();
    const documents = dossier.documents.map((_, index) => ({ index, provided: true }));
    await call(
      SAVE_DRAFT,
      { input: { dossierId: dossier.id, procedureId: PRIVATE_ENTERPRISE, applicant, documents } },
      callers.citizen,
    );
    expect((await call(SUBMIT, { id: dossier.id }, callers.citizen)).data?.submitOnlineDossier.dossier.status).toBe(
      'SUBMITTED',
    );
    const officer: Principal = {
      kind: 'staff',
      subject: crypto.randomUUID(),
      name: 'Cán bộ tiếp nhận',
      roles: [{ role: 'RECEPTION_OFFICER', scopeId: dossier.receivingAgency.id }],
      scopes: [],
    };
    const read = await call(READ, { id: dossier.id }, officer);
    expect(read.errors).toBeUndefined();
    const [file] = read.data!.dossier.attachments;
    expect(file.mediaType).toBe('image/png');
    expect(Buffer.from(file.contentBase64, 'base64').equals(PNG)).toBe(true);
    // Sent: the applicant can no longer change the documents, nor remove a file.
    expect((await upload({ dossierId: dossier.id, ...pdf() }, callers.citizen)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await call(REMOVE, { id: file.id }, callers.citizen)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('the counter scans documents; only who may resolve adds the result', async () => {
    const dossier = await counterDossier();
    const scanned = await upload(
      {
        dossierId: dossier.id,
        documentIndex: 1,
        fileName: 'scan.jpg',
        mediaType: 'image/jpeg',
        contentBase64: JPEG.toString('base64'),
      },
      callers.reception,
    );
    expect(scanned.errors).toBeUndefined();
    const early = await upload(
      { dossierId: dossier.id, purpose: 'RESULT', documentIndex: null, ...pdf() },
      callers.approver,
    );
    expect(early.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    await call(FORWARD, { input: { dossierId: dossier.id } }, callers.reception);
    await call(FORWARD, { input: { dossierId: dossier.id } }, callers.specialist);
    const bySpecialist = await upload(
      { dossierId: dossier.id, purpose: 'RESULT', documentIndex: null, ...pdf() },
      callers.specialist,
    );
    expect(bySpecialist.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const result = await upload(
      { dossierId: dossier.id, purpose: 'RESULT', documentIndex: null, fileName: 'giay-phep.pdf', ...pdf() },
      callers.approver,
    );
    expect(result.errors).toBeUndefined();

    // The specialist of the competent department reads every file of the dossier.
    const read = await call(READ, { id: dossier.id }, callers.specialist);
    expect(read.data!.dossier.attachments.map((file: { purpose: string }) => file.purpose)).toEqual([
      'DOCUMENT',
      'RESULT',
    ]);
    const one = await call(
      `query($id: ID!, $file: ID!) { dossier(id: $id) { attachments(id: $file) { fileName contentBase64 } } }`,
      { id: dossier.id, file: result.data!.uploadAttachment.attachment.id },
      callers.specialist,
    );
    expect(one.data!.dossier.attachments).toEqual([
      { fileName: 'giay-phep.pdf', contentBase64: PDF.toString('base64') },
    ]);
  });

  it('refuses content that is not what it claims to be, and files over the size limit, writing nothing', async () => {
    const dossier = await draft();
    const before = filesUnder(root);
    const disguised = await upload(
      {
        dossierId: dossier.id,
        fileName: 'cccd.pdf',
        mediaType: 'application/pdf',
        contentBase64: PNG.toString('base64'),
      },
      callers.citizen,
    );
    expect(disguised.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mediaType' });
    const executable = await upload(
      { dossierId: dossier.id, ...pdf(Buffer.from('MZ\x90\x00 not a document')) },
      callers.citizen,
    );
    expect(executable.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contentBase64' });
    const huge = await upload(
      { dossierId: dossier.id, ...pdf(Buffer.concat([PDF, Buffer.alloc(MAX_BYTES)])) },
      callers.citizen,
    );
    expect(huge.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contentBase64' });
    expect(huge.errors?.[0]?.message).toMatch(/larger than/);
    const gif = await upload(
      { dossierId: dossier.id, mediaType: 'image/gif', contentBase64: PDF.toString('base64') },
      callers.citizen,
    );
    expect(gif.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mediaType' });
    expect(filesUnder(root)).toEqual(before);
    expect(await storedFacts(dossier.id)).toEqual({ attachments: [], events: [] });
  });

  it('a transaction that fails after the file was written leaves no row, no event and no file', async () => {
    const dossier = await draft();
    const before = filesUnder(root);
    const written = puts.length;
    // The document list is only known inside the transaction, after the file is in the store.
    const { errors } = await upload({ dossierId: dossier.id, documentIndex: 99, ...pdf() }, callers.citizen);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'documentIndex' });
    expect(puts.length).toBe(written + 1);
    expect(puts.at(-1)!.startsWith(`${dossier.id}/`)).toBe(true);
    expect(filesUnder(root)).toEqual(before);
    expect(await storedFacts(dossier.id)).toEqual({ attachments: [], events: [] });
  });

  it('an unknown dossier is refused before anything is written', async () => {
    const before = filesUnder(root);
    const written = puts.length;
    const { errors } = await upload({ dossierId: crypto.randomUUID(), ...pdf() }, callers.citizen);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'dossierId' });
    expect(puts.length).toBe(written);
    expect(filesUnder(root)).toEqual(before);
  });

  it('the applicant removes a file from the draft: row and file go, the ledger keeps both events', async () => {
    const dossier = await draft();
    const { data } = await upload({ dossierId: dossier.id, ...pdf() }, callers.citizen);
    const id = data!.uploadAttachment.attachment.id;
    expect((await call(REMOVE, { id }, callers.otherCitizen)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const removed = await call(REMOVE, { id }, callers.citizen);
    expect(removed.errors).toBeUndefined();
    expect(removed.data!.removeAttachment.dossier.attachments).toEqual([]);
    expect(filesUnder(root)).not.toContain(`${dossier.id}/${id}`);
    const facts = await storedFacts(dossier.id);
    expect(facts.attachments).toEqual([]);
    expect(facts.events).toHaveLength(2);
  });

  it('a document needs its place in the list; a purpose the caller may not use now is refused', async () => {
    const dossier = await draft();
    const unplaced = await upload({ dossierId: dossier.id, documentIndex: null, ...pdf() }, callers.citizen);
    expect(unplaced.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'documentIndex' });
    const supplement = await upload({ dossierId: dossier.id, purpose: 'SUPPLEMENT', ...pdf() }, callers.citizen);
    expect(supplement.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(supplement.errors?.[0]?.message).toMatch(/DOCUMENT only/);
  });
});
