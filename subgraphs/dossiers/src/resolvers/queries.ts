/** Reading dossiers: every list and lookup is cut to what the caller may see. */
import {
  decodeCursor,
  forbidden,
  isTimestampIdKey,
  isUuid,
  keysetConnection,
  pageSize,
  toConnection,
  unauthenticated,
  type Principal,
  type Resolvers,
  type SubgraphContext,
} from '@motcua/subgraph-kit';
import { dossierScopeOf, scopeAllows } from '../domain/access.js';
import {
  dossierByCode,
  dossierPage,
  queueCandidates,
  receptionCandidates,
  type DossierFilterInput,
  type DossierPageKey,
  type DossierRow,
} from '../store/queries.js';
import { dossierLoader, figuresOf } from './dossier-view.js';

/** Loads a dossier the caller may see; a missing one is null, a forbidden one an error. */
export async function visibleDossier(id: string, ctx: SubgraphContext): Promise<DossierRow | null> {
  const scope = dossierScopeOf(ctx.principal);
  if (scope.kind === 'none')
    throw ctx.principal.kind === 'anonymous' ? unauthenticated() : forbidden('Only staff and applicants see dossiers.');
  const row = isUuid(id) ? await dossierLoader(ctx).load(id) : null;
  if (row && !scopeAllows(scope, row)) {
    // A citizen learns nothing about dossiers that are not theirs.
    if (scope.kind === 'owner') return null;
    throw forbidden('This dossier belongs to agencies outside your roles.');
  }
  return row;
}

function requireStaff(ctx: SubgraphContext) {
  const scope = dossierScopeOf(ctx.principal);
  if (ctx.principal.kind === 'anonymous') throw unauthenticated();
  if (ctx.principal.kind !== 'staff' || scope.kind === 'none') throw forbidden('Only staff may list dossiers.');
  return scope;
}

const pageKey = (row: DossierRow): DossierPageKey => [row.createdAt.toISOString(), row.id];

const isOffsetKey = (value: unknown): value is [number] =>
  Array.isArray(value) && value.length === 1 && Number.isInteger(value[0]) && (value[0] as number) >= 0;

/**
 * The caller's queue: late first, then by due date, then those whose clock waits. The due date is
 * derived, not stored, so the queue is ordered here from the engine's figures; a queue is one
 * officer's open work, tens to hundreds of dossiers.
 */
async function workQueue(ctx: SubgraphContext, first: number | null | undefined, after: string | null | undefined) {
  requireStaff(ctx);
  const principal = ctx.principal as Extract<Principal, { roles: unknown }>;
  const size = pageSize(first);
  const start = decodeCursor(after, isOffsetKey)?.[0] ?? 0;
  const receptionAgencies = principal.roles
    .filter((grant) => grant.role === 'RECEPTION_OFFICER')
    .map((grant) => grant.scopeId);
  const [atSteps, atReception] = await Promise.all([
    queueCandidates(ctx.db, principal.roles),
    receptionCandidates(ctx.db, receptionAgencies),
  ]);
  const mine = [...new Map([...atSteps, ...atReception].map((row) => [row.id, row])).values()].filter(
    (row) => row.currentHandlerId === null || row.currentHandlerId === principal.subject,
  );
  const ranked = await Promise.all(
    mine.map(async (row) => {
      const { clock } = await figuresOf(ctx, row);
      return { row, late: clock.timeliness === 'LATE', due: clock.dueAt?.getTime() ?? Number.POSITIVE_INFINITY };
    }),
  );
  ranked.sort((a, b) => Number(b.late) - Number(a.late) || a.due - b.due || a.row.id.localeCompare(b.row.id));
  const rows = ranked.slice(start, start + size + 1).map((entry) => entry.row);
  return toConnection(
    rows,
    size,
    ranked.length,
    (row) => [start + rows.indexOf(row) + 1],
    (row) => row,
    start > 0,
  );
}

export const queryResolvers: Resolvers = {
  Query: {
    dossiers: async (
      _parent,
      args: { filter?: DossierFilterInput | null; first?: number | null; after?: string | null },
      ctx: SubgraphContext,
    ) => {
      const scope = requireStaff(ctx);
      return keysetConnection({
        first: args.first,
        after: args.after,
        isKey: isTimestampIdKey,
        keyOf: pageKey,
        fetch: (after, limit) => dossierPage(ctx.db, { scope, filter: args.filter ?? {}, after, limit }),
      });
    },
    dossier: (_parent, { id }: { id: string }, ctx: SubgraphContext) => visibleDossier(id, ctx),
    myWorkQueue: (_parent, args: { first?: number | null; after?: string | null }, ctx: SubgraphContext) =>
      workQueue(ctx, args.first, args.after),
    myDossiers: async (_parent, args: { first?: number | null; after?: string | null }, ctx: SubgraphContext) => {
      if (ctx.principal.kind === 'anonymous') throw unauthenticated();
      if (ctx.principal.kind !== 'citizen') throw forbidden('My dossiers is for citizen accounts.');
      const scope = dossierScopeOf(ctx.principal);
      return keysetConnection({
        first: args.first,
        after: args.after,
        isKey: isTimestampIdKey,
        keyOf: pageKey,
        fetch: (after, limit) => dossierPage(ctx.db, { scope, filter: {}, after, limit }),
      });
    },
    trackDossier: async (_parent, args: { code: string; idNumber: string }, ctx: SubgraphContext) => {
      const row = await dossierByCode(ctx.db, args.code.trim());
      // Both must match; a wrong ID number and an unknown code look the same from outside.
      if (!row || row.applicant.idNumber !== args.idNumber.trim()) return null;
      return row;
    },
  },
  Dossier: {
    __resolveReference: ({ id }: { id: string }, ctx: SubgraphContext) => visibleDossier(id, ctx),
  },
};
