/**
 * What each caller may see of the catalogue. Published versions are public by law; a draft, and a
 * procedure never yet in force, only to the editors who may change it.
 */
import { vietnamToday, type SubgraphContext } from '@motcua/subgraph-kit';
import { versionStatus } from '../domain/version-status.js';
import type { ProcedureRow, ProcedureWithStanding, VersionRow } from '../store/queries.js';
import { mayEditProcedure } from './access.js';
import { procedureById, versionsOfProcedure } from './loaders.js';

export function inForce(versions: VersionRow[], today = vietnamToday()): VersionRow | null {
  return versions.find((version) => versionStatus(version, today) === 'IN_FORCE') ?? null;
}

export async function visibleVersions(ctx: SubgraphContext, procedure: ProcedureRow): Promise<VersionRow[]> {
  const versions = (await versionsOfProcedure(ctx).load(procedure.id)) ?? [];
  if (mayEditProcedure(ctx, procedure.competentAgencyId)) return versions;
  return versions.filter((version) => version.publishedAt !== null);
}

/** The procedure row comes from procedureById, which knows whether a version is in force. */
export function isProcedureVisible(ctx: SubgraphContext, procedure: ProcedureWithStanding): boolean {
  return procedure.inForce || mayEditProcedure(ctx, procedure.competentAgencyId);
}

export async function visibleProcedure(ctx: SubgraphContext, id: string): Promise<ProcedureRow | null> {
  const procedure = await procedureById(ctx).load(id);
  return procedure && isProcedureVisible(ctx, procedure) ? procedure : null;
}

export async function isVersionVisible(ctx: SubgraphContext, version: VersionRow): Promise<boolean> {
  if (version.publishedAt !== null) return true;
  const procedure = await procedureById(ctx).load(version.procedureId);
  return procedure !== null && mayEditProcedure(ctx, procedure.competentAgencyId);
}
