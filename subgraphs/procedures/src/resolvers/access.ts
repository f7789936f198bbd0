/** Who is asking, as the catalogue's resolvers need to know it. */
import { forbidden, unauthenticated, type SubgraphContext } from '@motcua/subgraph-kit';
import { catalogueAuthority } from '../config.js';
import { canEditCatalogueEntries, canEditProcedureOf, isCatalogueEditor } from '../domain/editor-access.js';

const authority = catalogueAuthority();

export function requireCatalogueEditor(ctx: SubgraphContext): void {
  if (ctx.principal.kind === 'anonymous') throw unauthenticated();
  if (!isCatalogueEditor(ctx.principal)) {
    throw forbidden('Chỉ cán bộ biên tập danh mục thủ tục. / Catalogue editors only.');
  }
}

export function mayEditProcedure(ctx: SubgraphContext, competentAgencyId: string): boolean {
  return canEditProcedureOf(ctx.principal, competentAgencyId, authority);
}

export function requireEditorOf(ctx: SubgraphContext, competentAgencyId: string): void {
  requireCatalogueEditor(ctx);
  if (!mayEditProcedure(ctx, competentAgencyId)) {
    throw forbidden('Bạn chỉ biên tập thủ tục của cơ quan mình. / You edit only the procedures of your own agency.');
  }
}

/** Where procedures are received, and bulk imports, are province-wide decisions. */
export function requireProvinceEditor(ctx: SubgraphContext): void {
  requireCatalogueEditor(ctx);
  if (!canEditCatalogueEntries(ctx.principal, authority)) {
    throw forbidden(
      "Chỉ cán bộ biên tập của UBND tỉnh. / Only catalogue editors of the Provincial People's Committee.",
    );
  }
}

/** Staff and third-party agencies see the internal process; the public sees what it needs to file. */
export function seesInternalProcess(ctx: SubgraphContext): boolean {
  return ctx.principal.kind === 'staff' || ctx.principal.kind === 'agency';
}

export function actorOf(ctx: SubgraphContext): string {
  return ctx.principal.kind === 'anonymous' ? 'anonymous' : ctx.principal.subject;
}
