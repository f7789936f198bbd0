/**
 * The procedures subgraph's resolvers. The catalogue is public by law (every procedure must be
 * published), so reads are open to every principal, anonymous included.
 */
import {
  inKeyOrder,
  isStringIdKey,
  isUuid,
  keysetConnection,
  type Resolvers,
  type SubgraphContext,
} from '@motcua/subgraph-kit';
import { searchTerms } from '../domain/search-text.js';
import { procedurePage, proceduresByIds, type ProcedurePageKey, type ProcedureRow } from '../store/queries.js';

const procedureById = ({ loaders, db }: SubgraphContext) =>
  loaders<string, ProcedureRow>('procedureById', async (ids) =>
    inKeyOrder(ids, await proceduresByIds(db, ids), (row) => row.id),
  );

export const resolvers: Resolvers = {
  Query: {
    procedures: async (
      _parent,
      args: { first?: number | null; after?: string | null; search?: string | null },
      ctx: SubgraphContext,
    ) =>
      keysetConnection({
        first: args.first,
        after: args.after,
        isKey: isStringIdKey,
        keyOf: (row: ProcedureRow): ProcedurePageKey => [row.searchText, row.id],
        fetch: (after, limit) => procedurePage(ctx.db, { terms: searchTerms(args.search), after, limit }),
      }),
    procedure: (_parent, { id }: { id: string }, ctx: SubgraphContext) =>
      isUuid(id) ? procedureById(ctx).load(id) : null,
  },
  Procedure: {
    __resolveReference: ({ id }: { id: string }, ctx: SubgraphContext) =>
      isUuid(id) ? procedureById(ctx).load(id) : null,
    competentAgency: (procedure: ProcedureRow) => ({ __typename: 'Agency', id: procedure.competentAgencyId }),
  },
};
