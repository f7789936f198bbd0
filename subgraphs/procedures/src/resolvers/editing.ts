/**
 * Editing the catalogue: procedures, their one draft, publication, and where each is received.
 * Every change runs in one transaction with its audit record.
 */
import {
  badInput,
  domainError,
  ErrorCode,
  isUuid,
  newId,
  vietnamToday,
  type Resolvers,
  type SubgraphContext,
} from '@motcua/subgraph-kit';
import { foldVietnamese } from '../domain/search-text.js';
import type { ApplicantType, PublicationDecision } from '../domain/terms.js';
import { publishVersion } from '../editing/publish-version.js';
import {
  deleteCatalogueEntry,
  deleteDraft,
  insertProcedure,
  lockProcedure,
  recordAudit,
  saveDraftTerms,
  updateProcedureIdentity,
  upsertCatalogueEntry,
} from '../store/catalogue-writes.js';
import { actorOf, requireEditorOf, requireProvinceEditor } from './access.js';
import { termsFromInput, type TermsInput } from './terms-input.js';

interface IdentityInput {
  name: string;
  field: string;
  level: 'CENTRAL' | 'PROVINCE' | 'DISTRICT' | 'COMMUNE';
  applicantTypes: ApplicantType[];
  competentAgencyId: string;
}

function checkIdentity(input: IdentityInput): void {
  if (input.name.trim().length === 0) throw badInput('Nhập tên thủ tục. / Enter the procedure name.', 'name');
  if (input.field.trim().length === 0) throw badInput('Nhập lĩnh vực. / Enter the field.', 'field');
  if (input.applicantTypes.length === 0) {
    throw badInput('Chọn đối tượng thực hiện. / Choose who may file.', 'applicantTypes');
  }
  if (!isUuid(input.competentAgencyId)) {
    throw badInput('Chọn cơ quan có thẩm quyền. / Choose the competent agency.', 'competentAgencyId');
  }
}

function identityValues(input: IdentityInput, code: string) {
  const name = input.name.trim();
  return {
    name,
    searchText: foldVietnamese(`${name} ${code}`),
    field: input.field.trim(),
    level: input.level,
    applicantTypes: [...new Set(input.applicantTypes)],
    competentAgencyId: input.competentAgencyId,
  };
}

async function lockedProcedureOrThrow(ctx: SubgraphContext, tx: Parameters<typeof lockProcedure>[0], id: string) {
  const procedure = isUuid(id) ? await lockProcedure(tx, id) : null;
  if (!procedure) throw domainError(ErrorCode.NOT_FOUND, 'Không có thủ tục này. / No such procedure.', 'procedureId');
  requireEditorOf(ctx, procedure.competentAgencyId);
  return procedure;
}

export const editingResolvers: Resolvers = {
  Mutation: {
    createProcedure: async (
      _parent,
      { input }: { input: IdentityInput & { code: string; terms: TermsInput } },
      ctx: SubgraphContext,
    ) => {
      checkIdentity(input);
      requireEditorOf(ctx, input.competentAgencyId);
      const code = input.code.trim();
      if (!/^\S+$/.test(code)) throw badInput('Mã thủ tục không có khoảng trắng. / A code has no spaces.', 'code');
      const terms = termsFromInput(input.terms);
      return ctx.db.transaction(async (tx) => {
        const procedure = await insertProcedure(tx, { id: newId(), code, ...identityValues(input, code) });
        if (!procedure) {
          throw domainError(
            ErrorCode.CONFLICT,
            `Mã thủ tục ${code} đã có. / Code ${code} is already in the catalogue.`,
            'code',
          );
        }
        const draft = await saveDraftTerms(tx, procedure.id, terms);
        await recordAudit(tx, [
          { actor: actorOf(ctx), action: 'PROCEDURE_CREATED', procedureId: procedure.id, versionId: draft.id },
        ]);
        return { procedure };
      });
    },

    updateProcedure: async (_parent, { input }: { input: IdentityInput & { id: string } }, ctx: SubgraphContext) => {
      checkIdentity(input);
      return ctx.db.transaction(async (tx) => {
        const before = await lockedProcedureOrThrow(ctx, tx, input.id);
        requireEditorOf(ctx, input.competentAgencyId); // moving it to an agency you do not edit is refused too
        const procedure = await updateProcedureIdentity(tx, before.id, identityValues(input, before.code));
        const { searchText: _old, createdAt: _c, updatedAt: _u, ...previous } = before;
        await recordAudit(tx, [
          { actor: actorOf(ctx), action: 'PROCEDURE_UPDATED', procedureId: before.id, detail: { previous } },
        ]);
        return { procedure };
      });
    },

    saveDraft: async (
      _parent,
      { input }: { input: { procedureId: string; terms: TermsInput } },
      ctx: SubgraphContext,
    ) => {
      const terms = termsFromInput(input.terms);
      return ctx.db.transaction(async (tx) => {
        const procedure = await lockedProcedureOrThrow(ctx, tx, input.procedureId);
        const version = await saveDraftTerms(tx, procedure.id, terms);
        await recordAudit(tx, [
          { actor: actorOf(ctx), action: 'DRAFT_SAVED', procedureId: procedure.id, versionId: version.id },
        ]);
        return { version };
      });
    },

    discardDraft: async (_parent, { procedureId }: { procedureId: string }, ctx: SubgraphContext) =>
      ctx.db.transaction(async (tx) => {
        const procedure = await lockedProcedureOrThrow(ctx, tx, procedureId);
        const draft = await deleteDraft(tx, procedure.id);
        if (!draft)
          throw domainError(ErrorCode.NOT_FOUND, 'Thủ tục không có bản nháp. / There is no draft.', 'procedureId');
        await recordAudit(tx, [
          {
            actor: actorOf(ctx),
            action: 'DRAFT_DISCARDED',
            procedureId: procedure.id,
            versionId: draft.id,
            detail: { terms: draft.terms },
          },
        ]);
        return procedure;
      }),

    publishVersion: async (
      _parent,
      { input }: { input: { versionId: string; decision: PublicationDecision; effectiveFrom?: string | null } },
      ctx: SubgraphContext,
    ) => {
      if (!isUuid(input.versionId)) {
        throw domainError(ErrorCode.NOT_FOUND, 'Không có phiên bản này. / No such version.', 'versionId');
      }
      const version = await ctx.db.transaction((tx) =>
        publishVersion(tx, {
          versionId: input.versionId,
          decision: input.decision,
          effectiveFrom: input.effectiveFrom ?? vietnamToday(),
          actor: actorOf(ctx),
          authorize: (procedure) => requireEditorOf(ctx, procedure.competentAgencyId),
        }),
      );
      return { version };
    },

    setCatalogueEntry: async (
      _parent,
      { input }: { input: { sectionId: string; procedureId: string; fullyOnSite: boolean } },
      ctx: SubgraphContext,
    ) => {
      requireProvinceEditor(ctx);
      if (!isUuid(input.sectionId)) throw badInput('Chọn nơi tiếp nhận. / Choose the one-stop place.', 'sectionId');
      return ctx.db.transaction(async (tx) => {
        const procedure = isUuid(input.procedureId) ? await lockProcedure(tx, input.procedureId) : null;
        if (!procedure)
          throw domainError(ErrorCode.NOT_FOUND, 'Không có thủ tục này. / No such procedure.', 'procedureId');
        const { row, previous } = await upsertCatalogueEntry(tx, input);
        await recordAudit(tx, [
          {
            actor: actorOf(ctx),
            action: previous ? 'CATALOGUE_ENTRY_CHANGED' : 'CATALOGUE_ENTRY_ADDED',
            procedureId: procedure.id,
            detail: {
              sectionId: input.sectionId,
              fullyOnSite: input.fullyOnSite,
              previous: previous?.fullyOnSite ?? null,
            },
          },
        ]);
        return row;
      });
    },

    removeCatalogueEntry: async (_parent, args: { sectionId: string; procedureId: string }, ctx: SubgraphContext) => {
      requireProvinceEditor(ctx);
      if (!isUuid(args.sectionId) || !isUuid(args.procedureId)) return false;
      return ctx.db.transaction(async (tx) => {
        const removed = await deleteCatalogueEntry(tx, args.sectionId, args.procedureId);
        if (removed) {
          await recordAudit(tx, [
            {
              actor: actorOf(ctx),
              action: 'CATALOGUE_ENTRY_REMOVED',
              procedureId: args.procedureId,
              detail: { sectionId: args.sectionId, fullyOnSite: removed.fullyOnSite },
            },
          ]);
        }
        return removed !== null;
      });
    },
  },
};
