import { rows } from '@motcua/subgraph-kit';
import { databaseKinds, querySubgraph, useTestSubgraph } from '@motcua/subgraph-kit/testing';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { proceduresSubgraph } from '../src/index.js';
import { callers } from './support/callers.js';
import { procedureInput, validTerms } from './support/terms.js';

const EXPORT = `query ($format: CatalogueFormat!) { exportCatalogue(format: $format) }`;
const IMPORT = `mutation ($content: String!, $publishWith: PublicationDecisionInput, $dryRun: Boolean) {
  importCatalogue(content: $content, publishWith: $publishWith, dryRun: $dryRun) { created updated unchanged published faults { field } dryRun }
}`;
const decision = { number: '99/QĐ-UBND', signedOn: '2026-01-02', signer: 'Chủ tịch UBND tỉnh' };

const catalogueFile = (procedures: unknown[]) =>
  JSON.stringify({ format: 'motcua-catalogue', formatVersion: 1, procedures });
const imported = procedureInput;

describe.each(databaseKinds())('the catalogue exchange format on %s', (kind) => {
  const running = useTestSubgraph(proceduresSubgraph, kind);
  const call = (query: string, variables: Record<string, unknown>, principal = callers.provinceEditor) =>
    querySubgraph<Record<string, any>>(running.subgraph.url, running.secret, query, variables, principal).then(
      ({ body }) => body,
    );
  const procedureCount = async () =>
    (
      await rows<{ n: number }>(running.subgraph.database.db, sql`select count(*)::int as n from procedures.procedures`)
    )[0]!.n;

  it('exports the published catalogue, and importing the export back changes nothing', async () => {
    const exported = await call(EXPORT, { format: 'JSON' }, callers.anonymous);
    const file = JSON.parse(exported.data!.exportCatalogue);
    expect(file.procedures.length).toBe(await procedureCount());
    const report = await call(IMPORT, { content: exported.data!.exportCatalogue, publishWith: decision });
    expect(report.data!.importCatalogue).toMatchObject({
      created: 0,
      updated: 0,
      published: 0,
      unchanged: file.procedures.length,
    });
  });

  it('loads new procedures and publishes them in one step; a dry run writes nothing', async () => {
    const content = catalogueFile([
      imported('9.920001', 'Thủ tục nhập khẩu một'),
      imported('9.920002', 'Thủ tục nhập khẩu hai'),
    ]);
    const before = await procedureCount();
    const dry = await call(IMPORT, { content, publishWith: decision, dryRun: true });
    expect(dry.data!.importCatalogue).toMatchObject({ created: 2, published: 2, dryRun: true });
    expect(await procedureCount()).toBe(before);
    const real = await call(IMPORT, { content, publishWith: decision });
    expect(real.data!.importCatalogue).toMatchObject({ created: 2, published: 2, dryRun: false });
    const found = await call(
      `{ procedureByCode(code: "9.920002") { currentVersion { number } } }`,
      {},
      callers.anonymous,
    );
    expect(found.data!.procedureByCode.currentVersion.number).toBe(1);
  });

  it('refuses a whole file when one procedure has a fault, naming it, and writes nothing', async () => {
    const broken = validTerms({ legalBases: [] });
    const content = catalogueFile([imported('9.930001', 'Thủ tục tốt'), imported('9.930002', 'Thủ tục lỗi', broken)]);
    const before = await procedureCount();
    const refused = await call(IMPORT, { content, publishWith: decision });
    expect(refused.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'content.procedures.1.terms.legalBases',
    });
    expect(await procedureCount()).toBe(before);
    const malformed = await call(IMPORT, { content: catalogueFile([{ code: 'x' }]) });
    expect(malformed.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(String(malformed.errors![0]!.extensions!.field)).toMatch(/^content\.procedures\.0\./);
  });

  it('exports one CSV row per published procedure, quoted for spreadsheets', async () => {
    const csv = await call(EXPORT, { format: 'CSV' }, callers.anonymous);
    const lines = (csv.data!.exportCatalogue as string).trim().split('\n');
    expect(lines[0]).toMatch(/^code,name,field,level,/);
    expect(lines.length - 1).toBe(await procedureCount());
  });

  it('imports only for the province’s catalogue editors', async () => {
    const content = catalogueFile([]);
    expect((await call(IMPORT, { content }, callers.anonymous)).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect((await call(IMPORT, { content }, callers.constructionEditor)).errors![0]!.extensions!.code).toBe(
      'FORBIDDEN',
    );
  });
});
