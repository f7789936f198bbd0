/**
 * The catalogue's exchange format (docs/catalogue-format.md): export everything published, import
 * a whole catalogue in one transaction, so a province loads its procedures in one step.
 */
import { isDeepStrictEqual } from 'node:util';
import { stringify } from 'csv-stringify/sync';
import {
  badInput,
  faultsError,
  newId,
  vietnamToday,
  type Executor,
  type Resolvers,
  type SubgraphContext,
} from '@motcua/subgraph-kit';
import { catalogueFileSchema, type ImportedProcedure } from '../domain/terms-schema.js';
import type { PublicationDecision, VersionTerms } from '../domain/terms.js';
import { findVersionFaults, type VersionFault } from '../domain/version-rules.js';
import { versionStatus } from '../domain/version-status.js';
import { foldVietnamese } from '../domain/search-text.js';
import { publishVersion } from '../editing/publish-version.js';
import {
  draftOf,
  insertProcedure,
  latestPublished,
  recordAudit,
  saveDraftTerms,
  updateProcedureIdentity,
} from '../store/catalogue-writes.js';
import { procedureByCode, publishedCatalogue, type ProcedureRow, type VersionRow } from '../store/queries.js';
import { actorOf, requireProvinceEditor } from './access.js';

export const CATALOGUE_FORMAT = 'motcua-catalogue';

function exportedVersion(version: VersionRow) {
  return {
    number: version.number,
    effectiveFrom: version.effectiveFrom,
    effectiveTo: version.effectiveTo,
    decision: { number: version.decisionNumber, signedOn: version.decisionSignedOn, signer: version.decisionSigner },
    terms: version.terms,
  };
}

function identityOf(procedure: ProcedureRow) {
  return {
    code: procedure.code,
    name: procedure.name,
    field: procedure.field,
    level: procedure.level,
    applicantTypes: procedure.applicantTypes,
    competentAgencyId: procedure.competentAgencyId,
  };
}

async function exportJson(db: Executor, today: string): Promise<string> {
  const catalogue = await publishedCatalogue(db, today);
  return JSON.stringify(
    {
      format: CATALOGUE_FORMAT,
      formatVersion: 1,
      exportedOn: today,
      procedures: catalogue.map(({ procedure, versions }) => ({
        ...identityOf(procedure),
        // The version in force: what an import of this file would publish.
        terms: versions.find((version) => versionStatus(version, today) === 'IN_FORCE')!.terms,
        versions: versions.map(exportedVersion),
      })),
    },
    null,
    2,
  );
}

const CSV_COLUMNS = [
  'code',
  'name',
  'field',
  'level',
  'applicantTypes',
  'competentAgencyId',
  'versionNumber',
  'effectiveFrom',
  'decisionNumber',
  'processingTime',
  'processingTimeUnit',
  'onlineLevel',
  'channels',
  'feesVnd',
  'documents',
  'result',
  'legalBases',
];

async function exportCsv(db: Executor, today: string): Promise<string> {
  const catalogue = await publishedCatalogue(db, today);
  const rows = catalogue.map(({ procedure, versions }) => {
    const version = versions.find((candidate) => versionStatus(candidate, today) === 'IN_FORCE')!;
    const { terms } = version;
    return [
      procedure.code,
      procedure.name,
      procedure.field,
      procedure.level,
      procedure.applicantTypes.join('|'),
      procedure.competentAgencyId,
      version.number,
      version.effectiveFrom,
      version.decisionNumber,
      terms.processingTime.value,
      terms.processingTime.unit,
      terms.onlineLevel,
      terms.channels.map((channel) => channel.channel).join('|'),
      terms.channels
        .flatMap((channel) => channel.fees.map((fee) => `${channel.channel}:${fee.description}=${fee.amountVnd}`))
        .join('|'),
      terms.documents.map((document) => document.name).join('|'),
      terms.result.name,
      terms.legalBases.map((basis) => basis.number).join('|'),
    ];
  });
  return stringify(rows, { header: true, columns: CSV_COLUMNS });
}

interface ImportReport {
  created: number;
  updated: number;
  unchanged: number;
  published: number;
  faults: VersionFault[];
  dryRun: boolean;
}

class DryRunRollback extends Error {
  constructor(readonly report: ImportReport) {
    super('dry run');
  }
}

function parseCatalogue(content: string): ImportedProcedure[] {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    throw badInput('Tệp không phải JSON hợp lệ. / The file is not valid JSON.', 'content');
  }
  const parsed = catalogueFileSchema.safeParse(json);
  if (!parsed.success) {
    const faults = parsed.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message }));
    throw faultsError(
      'Tệp không đúng định dạng danh mục. / The file is not in the catalogue format.',
      faults,
      'content.',
    );
  }
  const codes = new Set<string>();
  parsed.data.procedures.forEach((procedure, i) => {
    if (codes.has(procedure.code)) {
      throw badInput(
        `Mã ${procedure.code} xuất hiện hai lần. / Code ${procedure.code} appears twice.`,
        `content.procedures.${i}.code`,
      );
    }
    codes.add(procedure.code);
  });
  return parsed.data.procedures;
}

async function importOne(
  tx: Executor,
  imported: ImportedProcedure,
  actor: string,
): Promise<{ outcome: 'created' | 'updated' | 'unchanged'; draft: VersionRow | null }> {
  const identity = {
    name: imported.name.trim(),
    searchText: foldVietnamese(`${imported.name.trim()} ${imported.code}`),
    field: imported.field.trim(),
    level: imported.level,
    applicantTypes: [...new Set(imported.applicantTypes)],
    competentAgencyId: imported.competentAgencyId,
  };
  const terms = imported.terms as VersionTerms;
  const existing = await procedureByCode(tx, imported.code);
  if (!existing) {
    const procedure = (await insertProcedure(tx, { id: newId(), code: imported.code, ...identity }))!;
    const draft = await saveDraftTerms(tx, procedure.id, terms);
    await recordAudit(tx, [{ actor, action: 'PROCEDURE_IMPORTED', procedureId: procedure.id, versionId: draft.id }]);
    return { outcome: 'created', draft };
  }
  let changed = false;
  const { id: _id, code: _code, createdAt: _c, updatedAt: _u, ...current } = existing;
  if (!isDeepStrictEqual(current, { ...current, ...identity })) {
    await updateProcedureIdentity(tx, existing.id, identity);
    await recordAudit(tx, [
      { actor, action: 'PROCEDURE_UPDATED', procedureId: existing.id, detail: { previous: current, import: true } },
    ]);
    changed = true;
  }
  const [published, draft] = await Promise.all([latestPublished(tx, existing.id), draftOf(tx, existing.id)]);
  const sameAsPublished = published !== null && isDeepStrictEqual(published.terms, terms);
  if (sameAsPublished && draft === null) return { outcome: changed ? 'updated' : 'unchanged', draft: null };
  if (draft !== null && isDeepStrictEqual(draft.terms, terms))
    return { outcome: changed ? 'updated' : 'unchanged', draft };
  const saved = await saveDraftTerms(tx, existing.id, terms);
  await recordAudit(tx, [
    { actor, action: 'DRAFT_SAVED', procedureId: existing.id, versionId: saved.id, detail: { import: true } },
  ]);
  return { outcome: 'updated', draft: saved };
}

export const exchangeResolvers: Resolvers = {
  Query: {
    exportCatalogue: (_parent, { format }: { format: 'JSON' | 'CSV' }, ctx: SubgraphContext) =>
      format === 'CSV' ? exportCsv(ctx.db, vietnamToday()) : exportJson(ctx.db, vietnamToday()),
  },
  Mutation: {
    importCatalogue: async (
      _parent,
      args: { content: string; publishWith?: PublicationDecision | null; dryRun?: boolean | null },
      ctx: SubgraphContext,
    ): Promise<ImportReport> => {
      requireProvinceEditor(ctx);
      const procedures = parseCatalogue(args.content);
      const faults = procedures.flatMap((procedure, i) =>
        findVersionFaults(procedure.terms as VersionTerms).map((fault) => ({
          field: `procedures.${i}.terms.${fault.field}`,
          message: fault.message,
        })),
      );
      // Drafts may be incomplete; a publication may not, and then nothing at all is written.
      if (args.publishWith && faults.length > 0) {
        throw faultsError(
          'Danh mục có lỗi, chưa nhập gì. / The catalogue has faults; nothing was imported.',
          faults,
          'content.',
        );
      }
      const dryRun = args.dryRun === true;
      const actor = actorOf(ctx);
      const today = vietnamToday();
      try {
        return await ctx.db.transaction(async (tx) => {
          const report: ImportReport = { created: 0, updated: 0, unchanged: 0, published: 0, faults, dryRun };
          for (const imported of procedures) {
            const { outcome, draft } = await importOne(tx, imported, actor);
            report[outcome] += 1;
            if (args.publishWith && draft) {
              await publishVersion(tx, {
                versionId: draft.id,
                decision: args.publishWith,
                effectiveFrom: today,
                actor,
                authorize: () => {},
              });
              report.published += 1;
            }
          }
          if (dryRun) throw new DryRunRollback(report);
          return report;
        });
      } catch (error) {
        if (error instanceof DryRunRollback) return error.report;
        throw error;
      }
    },
  },
};
