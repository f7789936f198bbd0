/**
 * Reading the catalogue: search, procedure pages, versions and "what changed", and which one-stop
 * places receive what. Public by law, with drafts and internal processes kept to those who need them.
 */
import {
  badInput,
  domainError,
  ErrorCode,
  isUuid,
  keysetConnection,
  vietnamToday,
  type Resolvers,
  type SubgraphContext,
} from '@motcua/subgraph-kit';
import { foldVietnamese, searchTerms } from '../domain/search-text.js';
import type { VersionTerms } from '../domain/terms.js';
import { diffVersions } from '../domain/version-diff.js';
import { findVersionFaults } from '../domain/version-rules.js';
import { versionStatus } from '../domain/version-status.js';
import { onSiteReport, type OneStopKind } from '../domain/on-site-targets.js';
import {
  procedureByCode,
  procedurePage,
  publishedFieldCounts,
  type CatalogueEntryRow,
  type ProcedurePageKey,
  type ProcedureRow,
  type RankedProcedureRow,
  type VersionRow,
} from '../store/queries.js';
import { requireCatalogueEditor, seesInternalProcess } from './access.js';
import { entriesOfProcedure, entriesOfSection, procedureById, versionById } from './loaders.js';
import { inForce, isVersionVisible, visibleProcedure, visibleVersions } from './visibility.js';

interface ProceduresArgs {
  first?: number | null;
  after?: string | null;
  search?: string | null;
  field?: string | null;
  level?: string | null;
  agencyId?: string | null;
  onlineLevel?: string | null;
  sectionId?: string | null;
  includeUnpublished?: boolean | null;
}

function isPageKey(value: unknown): value is ProcedurePageKey {
  return (
    Array.isArray(value) &&
    value.length === 3 &&
    Number.isInteger(value[0]) &&
    typeof value[1] === 'string' &&
    typeof value[2] === 'string' &&
    isUuid(value[2])
  );
}

function searchOf(search: string | null | undefined) {
  const terms = searchTerms(search);
  return terms.length === 0 ? null : { folded: foldVietnamese(search!), terms, raw: search!.trim() };
}

function uuidOrThrow(value: string | null | undefined, field: string): string | null {
  if (value == null) return null;
  if (!isUuid(value)) throw badInput(`\`${field}\` is not an id this API issued.`, field);
  return value;
}

/** Sections whose entries count for the public: procedures in force today. */
async function publishedEntries(ctx: SubgraphContext, entries: CatalogueEntryRow[]): Promise<CatalogueEntryRow[]> {
  const procedures = await Promise.all(entries.map((entry) => visibleProcedure(ctx, entry.procedureId)));
  return entries.filter((_, i) => procedures[i] !== null);
}

export const catalogueResolvers: Resolvers = {
  Query: {
    procedures: async (_parent, args: ProceduresArgs, ctx: SubgraphContext) => {
      if (args.includeUnpublished) requireCatalogueEditor(ctx);
      const filter = {
        search: searchOf(args.search),
        field: args.field,
        level: args.level,
        agencyId: uuidOrThrow(args.agencyId, 'agencyId'),
        onlineLevel: args.onlineLevel,
        sectionId: uuidOrThrow(args.sectionId, 'sectionId'),
        includeUnpublished: args.includeUnpublished === true,
        today: vietnamToday(),
      };
      return keysetConnection({
        first: args.first,
        after: args.after,
        isKey: isPageKey,
        keyOf: (row: RankedProcedureRow): ProcedurePageKey => [row.rank, row.searchText, row.id],
        fetch: (after, limit) => procedurePage(ctx.db, filter, after, limit),
      });
    },
    procedure: (_parent, { id }: { id: string }, ctx: SubgraphContext) =>
      isUuid(id) ? visibleProcedure(ctx, id) : null,
    procedureByCode: async (_parent, { code }: { code: string }, ctx: SubgraphContext) => {
      const found = await procedureByCode(ctx.db, code.trim());
      return found ? visibleProcedure(ctx, found.id) : null;
    },
    procedureFields: (_parent, _args, ctx: SubgraphContext) => publishedFieldCounts(ctx.db, vietnamToday()),
    procedureVersionChanges: async (
      _parent,
      args: { fromVersionId: string; toVersionId: string },
      ctx: SubgraphContext,
    ) => {
      const [from, to] = await Promise.all(
        (['fromVersionId', 'toVersionId'] as const).map(async (field) => {
          const version = isUuid(args[field]) ? await versionById(ctx).load(args[field]) : null;
          if (!version || !(await isVersionVisible(ctx, version))) {
            throw domainError(ErrorCode.NOT_FOUND, 'Không có phiên bản này. / No such version.', field);
          }
          return version;
        }),
      );
      if (from!.procedureId !== to!.procedureId) {
        throw badInput(
          'Hai phiên bản phải của cùng một thủ tục. / Both versions must be of the same procedure.',
          'toVersionId',
        );
      }
      return diffVersions(from!.terms, to!.terms);
    },
  },

  Procedure: {
    __resolveReference: ({ id }: { id: string }, ctx: SubgraphContext) =>
      isUuid(id) ? visibleProcedure(ctx, id) : null,
    competentAgency: (procedure: ProcedureRow) => ({ __typename: 'Agency', id: procedure.competentAgencyId }),
    currentVersion: async (procedure: ProcedureRow, _args, ctx: SubgraphContext) =>
      inForce(await visibleVersions(ctx, procedure)),
    versions: (procedure: ProcedureRow, _args, ctx: SubgraphContext) => visibleVersions(ctx, procedure),
    version: async (procedure: ProcedureRow, { number }: { number: number }, ctx: SubgraphContext) =>
      (await visibleVersions(ctx, procedure)).find((version) => version.number === number) ?? null,
    receivingSections: async (procedure: ProcedureRow, _args, ctx: SubgraphContext) =>
      (await entriesOfProcedure(ctx).load(procedure.id)) ?? [],
  },

  ProcedureVersion: {
    status: (version: VersionRow) => versionStatus(version, vietnamToday()),
    procedure: (version: VersionRow, _args, ctx: SubgraphContext) => procedureById(ctx).load(version.procedureId),
    publication: (version: VersionRow) =>
      version.publishedAt
        ? {
            number: version.decisionNumber,
            signedOn: version.decisionSignedOn,
            signer: version.decisionSigner,
            publishedAt: version.publishedAt,
          }
        : null,
    steps: (version: VersionRow) => version.terms.steps,
    channels: ({ terms }: VersionRow) =>
      terms.channels.map((channel) => ({ ...channel, processingTime: channel.processingTime ?? terms.processingTime })),
    onlineLevel: (version: VersionRow) => version.terms.onlineLevel,
    processingTime: (version: VersionRow) => version.terms.processingTime,
    documents: (version: VersionRow) => version.terms.documents,
    conditions: (version: VersionRow) => version.terms.conditions,
    result: (version: VersionRow) => version.terms.result,
    legalBases: (version: VersionRow) => version.terms.legalBases,
    internalProcess: (version: VersionRow, _args, ctx: SubgraphContext) =>
      seesInternalProcess(ctx) ? internalSteps(version.terms) : [],
    faults: (version: VersionRow) => (version.publishedAt ? [] : findVersionFaults(version.terms)),
  },

  CatalogueEntry: {
    section: (entry: CatalogueEntryRow) => ({ __typename: 'OneStopSection', id: entry.sectionId }),
    procedure: (entry: CatalogueEntryRow, _args, ctx: SubgraphContext) => procedureById(ctx).load(entry.procedureId),
  },

  OneStopSection: {
    __resolveReference: (reference: { id: string; kind?: OneStopKind }) => (isUuid(reference.id) ? reference : null),
    catalogue: async ({ id }: { id: string }, _args, ctx: SubgraphContext) =>
      publishedEntries(ctx, (await entriesOfSection(ctx).load(id)) ?? []),
    onSiteReport: async ({ id, kind }: { id: string; kind: OneStopKind }, _args, ctx: SubgraphContext) => {
      const entries = await publishedEntries(ctx, (await entriesOfSection(ctx).load(id)) ?? []);
      return onSiteReport(kind, entries.length, entries.filter((entry) => entry.fullyOnSite).length);
    },
  },
};

function internalSteps(terms: VersionTerms) {
  return terms.internalProcess.map((step, i) => ({
    ...step,
    position: i + 1,
    agency: { __typename: 'Agency', id: step.agencyId },
  }));
}
