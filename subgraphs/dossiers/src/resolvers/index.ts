/** The dossiers subgraph's resolvers: every read checks the caller's dossier scope. */
import {
  forbidden,
  inKeyOrder,
  isTimestampIdKey,
  isUuid,
  keysetConnection,
  unauthenticated,
  type Resolvers,
  type SubgraphContext,
} from '@motcua/subgraph-kit';
import { dossierScopeOf, scopeAllows } from '../domain/access.js';
import { nationalStatusCode } from '../domain/status.js';
import { dossierPage, dossiersByIds, type DossierPageKey, type DossierRow } from '../store/queries.js';

const dossierById = ({ loaders, db }: SubgraphContext) =>
  loaders<string, DossierRow>('dossierById', async (ids) =>
    inKeyOrder(ids, await dossiersByIds(db, ids), (row) => row.id),
  );

/** Loads a dossier the caller may see; a missing one is null, a forbidden one an error. */
async function visibleDossier(id: string, ctx: SubgraphContext): Promise<DossierRow | null> {
  const scope = dossierScopeOf(ctx.principal);
  if (scope.kind === 'none')
    throw ctx.principal.kind === 'anonymous' ? unauthenticated() : forbidden('Only staff may see dossiers.');
  const row = isUuid(id) ? await dossierById(ctx).load(id) : null;
  if (row && !scopeAllows(scope, row.receivingAgencyId))
    throw forbidden('This dossier belongs to an agency outside your roles.');
  return row;
}

export const resolvers: Resolvers = {
  Query: {
    dossiers: async (_parent, args: { first?: number | null; after?: string | null }, ctx: SubgraphContext) => {
      const scope = dossierScopeOf(ctx.principal);
      if (scope.kind === 'none')
        throw ctx.principal.kind === 'anonymous' ? unauthenticated() : forbidden('Only staff may list dossiers.');
      return keysetConnection({
        first: args.first,
        after: args.after,
        isKey: isTimestampIdKey,
        keyOf: (row: DossierRow): DossierPageKey => [row.createdAt.toISOString(), row.id],
        fetch: (after, limit) => dossierPage(ctx.db, { scope, after, limit }),
      });
    },
    dossier: (_parent, { id }: { id: string }, ctx: SubgraphContext) => visibleDossier(id, ctx),
  },
  Dossier: {
    __resolveReference: ({ id }: { id: string }, ctx: SubgraphContext) => visibleDossier(id, ctx),
    nationalStatusCode: (dossier: DossierRow) => nationalStatusCode(dossier.status),
    receivedAt: (dossier: DossierRow) => dossier.receivedAt?.toISOString() ?? null,
    procedure: (dossier: DossierRow) => ({ __typename: 'Procedure', id: dossier.procedureId }),
    receivingAgency: (dossier: DossierRow) => ({ __typename: 'Agency', id: dossier.receivingAgencyId }),
  },
};
